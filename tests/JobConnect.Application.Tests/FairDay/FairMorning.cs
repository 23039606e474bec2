using JobConnect.Application.Access;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.FairDay;

/// <summary>
/// The morning of a fair day on a real database: two agencies, two booths (the first with two tables),
/// people invited in two arrival waves with conversations, and the fair clock at 09:00 in Kassel.
/// </summary>
public sealed class FairMorning : IAsyncLifetime
{
    public TestDatabase Db { get; } = new();

    /// <summary>18 March 2027, 09:00 in Kassel (08:00 UTC).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 18, 8, 0, 0, TimeSpan.Zero));
    public FairDayChanges Changes { get; } = new();

    public Fair Fair { get; private set; } = null!;
    public int AgencyA { get; private set; }
    public int AgencyB { get; private set; }
    public int EmployerA { get; private set; }
    public int EmployerB { get; private set; }
    public Booth BoothA { get; private set; } = null!;
    public Booth BoothB { get; private set; } = null!;
    public int VacancyA { get; private set; }

    /// <summary>Wave 09:00–09:15, agency A, four people with one conversation each at booth A (tables 1 and 2, 09:15 and 09:30).</summary>
    public List<Invitation> FirstWave { get; } = [];

    /// <summary>Wave 09:30–09:45, agency B, conversations at booth B.</summary>
    public List<Invitation> SecondWave { get; } = [];

    public UserScope Organizer => new("organizer", Roles.Organizer, null, null);
    public UserScope Desk => new("desk-helper", Roles.CheckIn, null, null);
    public UserScope CaseworkerA => new("cw-a", Roles.Caseworker, AgencyA, null);
    public UserScope CaseworkerB => new("cw-b", Roles.Caseworker, AgencyB, null);
    public UserScope StaffA => new("staff-a", Roles.Employer, null, EmployerA);
    public UserScope StaffB => new("staff-b", Roles.Employer, null, EmployerB);

    public CheckIn CheckIn => new(Db, Clock, Changes);
    public NoShows NoShows => new(Db, Clock, Changes);
    public Standby Standby => new(Db, Clock, Changes, new Features.Scheduling.FillFreedSlots(Db, Clock));
    public BoothLive BoothLive => new(Db, Clock);
    public RecordOutcome RecordOutcome => new(Db, Clock, new OutcomeInputValidator(Clock), Changes);
    public RegisterWalkIn RegisterWalkIn => new(Db, Clock, new WalkInInputValidator(), Changes);
    public ClientOutcomes ClientOutcomes => new(Db, Clock);
    public GetLiveOverview LiveOverview => new(Db, Clock);
    public FairDaySlips Slips => new(Db, Clock, new JobConnect.Infrastructure.Documents.PdfDocumentRenderer(Clock));
    public Features.Scheduling.ChangeNotices ChangeNotices => new(Db, new Features.Invitations.GetInvitations(Db, Clock), new JobConnect.Infrastructure.Documents.PdfDocumentRenderer(Clock),
        new JobConnect.Infrastructure.Email.SmtpMailSender(Microsoft.Extensions.Options.Options.Create(new JobConnect.Infrastructure.Email.EmailOptions())),
        new JobConnect.Infrastructure.Calendar.IcalPlanCalendar(Clock), Clock);

    public async ValueTask InitializeAsync()
    {
        await Db.InitializeAsync();
        var fair = TestData.Fair(new DateOnly(2027, 3, 18));
        fair.Phases[0].SlotMinutes = 15;
        Fair = await Db.InsertAsync(fair);
        AgencyA = (await Db.InsertAsync(TestData.Agency("Agentur für Arbeit Kassel"))).Id;
        AgencyB = (await Db.InsertAsync(TestData.Agency("Jobcenter Stadt Kassel"))).Id;
        EmployerA = (await Db.InsertAsync(TestData.Employer("Nordhessen Metall GmbH"))).Id;
        EmployerB = (await Db.InsertAsync(TestData.Employer("Kasseler Logistik AG"))).Id;
        BoothA = await Db.InsertAsync(new Booth { FairId = Fair.Id, EmployerId = EmployerA, Label = "B01", Tables = 2 });
        BoothB = await Db.InsertAsync(new Booth { FairId = Fair.Id, EmployerId = EmployerB, Label = "B02", Tables = 1 });
        VacancyA = (await Db.InsertAsync(TestData.Vacancy(Fair.Id, EmployerA))).Id;

        var morning = Fair.Phase(Domain.Common.PhaseKind.Morning)!;
        for (var n = 0; n < 4; n++)
        {
            FirstWave.Add(await InviteAsync(AgencyA, morning.Id, $"Erste{n}", new TimeOnly(9, 0), BoothA, n % 2 + 1, new TimeOnly(9, 15).AddMinutes(15 * (n / 2))));
        }
        for (var n = 0; n < 3; n++)
        {
            SecondWave.Add(await InviteAsync(AgencyB, morning.Id, $"Zweite{n}", new TimeOnly(9, 30), BoothB, 1, new TimeOnly(9, 45).AddMinutes(15 * n)));
        }
    }

    private async Task<Invitation> InviteAsync(int agency, int phaseId, string lastName, TimeOnly from, Booth booth, int table, TimeOnly slot)
    {
        var person = TestData.Jobseeker(agency);
        person.LastName = lastName;
        person.Consents.Add(new Consent { Scope = ConsentScope.ShareProfileWithEmployers, GivenUtc = new DateTime(2027, 1, 5, 0, 0, 0, DateTimeKind.Utc), TextVersion = "t1" });
        var invitation = await Db.InsertAsync(new Invitation
        {
            FairId = Fair.Id,
            FairPhaseId = phaseId,
            Jobseeker = person,
            AgencyId = agency,
            IssuedByUserId = "cw",
            Status = InvitationStatus.Confirmed,
            ArrivalFrom = from,
            ArrivalTo = from.AddMinutes(15),
            CheckInCode = Code(),
            History = [new InvitationStatusChange { Status = InvitationStatus.Confirmed, AtUtc = new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), ByUserId = "cw" }],
        });
        await Db.InsertAsync(new Conversation { InvitationId = invitation.Id, BoothId = booth.Id, TableNumber = table, SlotStart = slot, Score = 80 });
        return invitation;
    }

    private static int _codes;

    /// <summary>Distinct 8-character codes from the letters' alphabet.</summary>
    private static string Code()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var n = Interlocked.Increment(ref _codes) + 1000;
        var chars = new char[8];
        for (var i = 7; i >= 0; i--, n /= alphabet.Length)
        {
            chars[i] = alphabet[n % alphabet.Length];
        }
        return new string(chars);
    }

    /// <summary>Moves the fair clock to a Kassel wall-clock time of the fair day (CET: UTC+1).</summary>
    public void At(int hour, int minute) => Clock.SetUtcNow(new DateTimeOffset(2027, 3, 18, hour - 1, minute, 0, TimeSpan.Zero));

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
