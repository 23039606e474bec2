using JobConnect.Testing;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Tests.Reports;

/// <summary>A conversation of a <see cref="PersonFacts"/>: with which company and vacancy (0 or 1 each), and its recorded outcome.</summary>
public sealed record TalkFacts(int Employer, int Vacancy, OutcomeKind? Outcome);

/// <summary>What the test knows happened to one invited person; the expected figures are counted from these, not by the code under test.</summary>
public sealed record PersonFacts(
    int Agency, string Phase, InvitationStatus Status, bool ConfirmedBefore, bool WalkIn,
    IReadOnlyList<TalkFacts> Talks, InterviewHeld? FollowUpHeld, ContractKind FollowUpContract, int FollowUpEmployer);

/// <summary>
/// Seeds a fair that took place (two agencies, two companies with a job and an apprenticeship each) with
/// people whose invitations, check-ins, conversations, outcomes and follow-ups follow <see cref="PersonFacts"/>.
/// </summary>
public sealed class PastFairBuilder(TestDatabase db)
{
    public static readonly DateOnly FairDate = new(2026, 11, 12);

    public int FairId { get; private set; }
    public int[] Agencies { get; } = new int[2];
    public int[] Employers { get; } = new int[2];
    public int[,] Vacancies { get; } = new int[2, 2];
    public List<int> InvitationIds { get; } = [];

    /// <summary>Random but reproducible facts: every status, walk-ins, talks with each outcome, follow-ups with and without contracts.</summary>
    public static IReadOnlyList<PersonFacts> RandomPeople(int count, int seed)
    {
        var random = new Random(seed);
        InvitationStatus[] statuses = [InvitationStatus.Planned, InvitationStatus.Invited, InvitationStatus.Confirmed, InvitationStatus.Declined, InvitationStatus.Arrived,
            InvitationStatus.Arrived, InvitationStatus.Arrived, InvitationStatus.NoShow, InvitationStatus.Excused, InvitationStatus.Cancelled];
        OutcomeKind?[] outcomes = [null, OutcomeKind.NoShow, OutcomeKind.NotSuitable, OutcomeKind.InterviewAppointment, OutcomeKind.InterviewAppointment,
            OutcomeKind.NextStep, OutcomeKind.SendDocuments, OutcomeKind.Hired, OutcomeKind.NoteOnly];
        var people = new List<PersonFacts>();
        for (var p = 0; p < count; p++)
        {
            var walkIn = random.Next(12) == 0;
            var status = walkIn ? InvitationStatus.Arrived : statuses[random.Next(statuses.Length)];
            var seated = status is not (InvitationStatus.Declined or InvitationStatus.Cancelled or InvitationStatus.Excused);
            var talks = new List<TalkFacts>();
            if (seated)
            {
                foreach (var (employer, vacancy) in new[] { (0, 0), (0, 1), (1, 0), (1, 1) }.OrderBy(_ => random.Next()).Take(random.Next(4)))
                {
                    talks.Add(new TalkFacts(employer, vacancy, status == InvitationStatus.Arrived ? outcomes[random.Next(outcomes.Length)] : random.Next(3) == 0 ? OutcomeKind.NoShow : null));
                }
            }
            InterviewHeld? held = null;
            var contract = ContractKind.None;
            var contractEmployer = 0;
            if (talks.Count > 0 && random.Next(3) > 0)
            {
                held = (InterviewHeld)random.Next(4);
                contract = (ContractKind)random.Next(3);
                contractEmployer = talks[random.Next(talks.Count)].Employer;
            }
            people.Add(new PersonFacts(random.Next(2), random.Next(2) == 0 ? TestPhases.Morning : TestPhases.Afternoon, status,
                status != InvitationStatus.Confirmed && random.Next(2) == 0, walkIn, talks, held, contract, contractEmployer));
        }
        return people;
    }

    public async Task SeedAsync(IReadOnlyList<PersonFacts> people, DateOnly? fairDate = null, string agencyPrefix = "Jobcenter")
    {
        var fair = TestData.Fair(fairDate ?? FairDate);
        fair.Booths = [];
        FairId = (await db.InsertAsync(fair)).Id;
        for (var a = 0; a < 2; a++)
        {
            Agencies[a] = (await db.InsertAsync(TestData.Agency($"{agencyPrefix} {(char)('A' + a)} {FairId}"))).Id;
        }
        var booths = new int[2];
        for (var e = 0; e < 2; e++)
        {
            Employers[e] = (await db.InsertAsync(TestData.Employer($"Firma {(char)('A' + e)} {FairId}"))).Id;
            booths[e] = (await db.InsertAsync(new Booth { FairId = FairId, EmployerId = Employers[e], Label = $"B{e + 1}", Tables = 20 })).Id;
            Vacancies[e, 0] = (await db.InsertAsync(TestData.Vacancy(FairId, Employers[e]))).Id;
            Vacancies[e, 1] = (await db.InsertAsync(TestData.Vacancy(FairId, Employers[e], VacancyKind.Apprenticeship))).Id;
        }

        var arrival = FairDate.ToDateTime(new TimeOnly(8, 30), DateTimeKind.Utc);
        for (var p = 0; p < people.Count; p++)
        {
            var person = people[p];
            var jobseeker = await db.InsertAsync(TestData.Jobseeker(Agencies[person.Agency], person.Phase == TestPhases.Morning ? TargetGroup.Adult : TargetGroup.SchoolLeaver));
            var history = new List<InvitationStatusChange> { new() { Status = InvitationStatus.Planned, AtUtc = arrival.AddDays(-40), ByUserId = "cw" } };
            if (person.ConfirmedBefore)
            {
                history.Add(new() { Status = InvitationStatus.Confirmed, AtUtc = arrival.AddDays(-10), ByUserId = "cw" });
            }
            history.Add(new() { Status = person.Status, AtUtc = arrival, ByUserId = "desk" });
            var invitation = await db.InsertAsync(new Invitation
            {
                FairId = FairId,
                FairPhaseId = fair.Phase(person.Phase)!.Id,
                JobseekerId = jobseeker.Id,
                AgencyId = Agencies[person.Agency],
                IssuedByUserId = "cw",
                CheckInCode = $"C{p:D5}",
                Status = person.Status,
                IsWalkIn = person.WalkIn,
                ArrivedUtc = person.Status == InvitationStatus.Arrived ? arrival.AddMinutes(p) : null,
                History = history,
            });
            InvitationIds.Add(invitation.Id);
            for (var k = 0; k < person.Talks.Count; k++)
            {
                var talk = person.Talks[k];
                await db.InsertAsync(new Conversation
                {
                    InvitationId = invitation.Id,
                    BoothId = booths[talk.Employer],
                    TableNumber = (p % 20) + 1,
                    SlotStart = new TimeOnly(9, 0).AddMinutes(15 * (k + (4 * (p / 20)))),
                    VacancyId = Vacancies[talk.Employer, talk.Vacancy],
                    Outcome = talk.Outcome is { } kind ? new ConversationOutcome { Kind = kind, RecordedUtc = arrival, RecordedByUserId = "employer" } : null,
                });
            }
            if (person.FollowUpHeld is { } held)
            {
                var task = new FollowUpTask
                {
                    FairId = FairId,
                    InvitationId = invitation.Id,
                    AgencyId = Agencies[person.Agency],
                    WeeksAfterFair = 2,
                    DueOn = FairDate.AddDays(14),
                };
                task.Complete(held, person.FollowUpContract, Employers[person.FollowUpEmployer], FairDate.AddMonths(2), "Notiz mit Namen", "cw", arrival.AddDays(14));
                await db.InsertAsync(task);
            }
        }
    }
}
