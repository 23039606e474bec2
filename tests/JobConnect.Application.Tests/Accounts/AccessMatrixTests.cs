using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Agencies;
using JobConnect.Application.Features.Attendance;
using JobConnect.Application.Features.Feedback;
using JobConnect.Application.Features.FollowUps;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Accounts;

/// <summary>
/// Roles × actions of the set-up: organizers manage fairs, agencies and every account; an agency lead
/// only the caseworkers and letter texts of their own agency; caseworkers nothing of it; company staff
/// only their colleagues. Refused means "not allowed" or "not found" — never a change.
/// </summary>
public sealed class AccessMatrixTests : IAsyncLifetime
{
    private readonly AppServices _app = new();
    private int _agencyA, _agencyB, _employer, _fairId, _pastFairId, _followUpA, _followUpB;
    private UserScope _organizer = null!, _leadA = null!, _caseworkerA = null!, _caseworkerB = null!, _employerUser = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        _agencyA = (await _app.InsertAsync(TestData.Agency("Jobcenter A"))).Id;
        _agencyB = (await _app.InsertAsync(TestData.Agency("Jobcenter B"))).Id;
        var employer = TestData.Employer("Metall GmbH");
        employer.Status = EmployerStatus.Admitted;
        _employer = (await _app.InsertAsync(employer)).Id;
        _fairId = (await _app.InsertAsync(TestData.Fair())).Id;
        _organizer = await _app.UserAsync("o@test.example", Roles.Organizer);
        _leadA = await _app.UserAsync("lead-a@test.example", Roles.Caseworker, _agencyA, lead: true);
        _caseworkerA = await _app.UserAsync("cw-a@test.example", Roles.Caseworker, _agencyA);
        _caseworkerB = await _app.UserAsync("cw-b@test.example", Roles.Caseworker, _agencyB);
        _employerUser = await _app.UserAsync("staff@test.example", Roles.Employer, employerId: _employer);
        await SeedPastFairAsync();
    }

    /// <summary>A fair that took place, the company's booth at it, and a client of each agency with an interview there and a follow-up task.</summary>
    private async Task SeedPastFairAsync()
    {
        var past = TestData.Fair(new DateOnly(2026, 11, 12));
        _pastFairId = (await _app.InsertAsync(past)).Id;
        var booth = await _app.InsertAsync(new Booth { FairId = _pastFairId, EmployerId = _employer, Label = "A1", Tables = 2 });
        var tasks = new List<int>();
        foreach (var (agency, table) in new[] { (_agencyA, 1), (_agencyB, 2) })
        {
            var person = await _app.InsertAsync(TestData.Jobseeker(agency));
            var invitation = await _app.InsertAsync(new Invitation
            {
                FairId = _pastFairId, FairPhaseId = past.Phases[0].Id, JobseekerId = person.Id, AgencyId = agency, IssuedByUserId = "cw",
                CheckInCode = $"P{table}", Status = InvitationStatus.Arrived,
            });
            var outcome = new ConversationOutcome { Kind = OutcomeKind.InterviewAppointment, RecordedByUserId = "e" };
            await _app.InsertAsync(new Conversation { InvitationId = invitation.Id, BoothId = booth.Id, TableNumber = table, SlotStart = new(9, 0), Outcome = outcome });
            tasks.Add((await _app.InsertAsync(new FollowUpTask { FairId = _pastFairId, InvitationId = invitation.Id, AgencyId = agency, WeeksAfterFair = 2, DueOn = new(2026, 11, 26) })).Id);
        }
        (_followUpA, _followUpB) = (tasks[0], tasks[1]);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>In this order, because some actions change what later ones find (reset before disable).</summary>
    private IEnumerable<(string Action, Func<UserScope, Task> Run)> Actions()
    {
        var n = 0;
        UserInvitationInput Invite(string role, int? agency = null, int? employer = null) =>
            new() { Email = $"new{++n}-{Guid.NewGuid():N}@test.example", DisplayName = "Neu", Role = role, AgencyId = agency, EmployerId = employer };
        yield return ("invite organizer", s => _app.Get<InviteUser>().HandleAsync(s, Invite(Roles.Organizer)));
        yield return ("invite caseworker into A", s => _app.Get<InviteUser>().HandleAsync(s, Invite(Roles.Caseworker, _agencyA)));
        yield return ("invite caseworker into B", s => _app.Get<InviteUser>().HandleAsync(s, Invite(Roles.Caseworker, _agencyB)));
        yield return ("invite colleague at the company", s => _app.Get<InviteUser>().HandleAsync(s, Invite(Roles.Employer, employer: _employer)));
        yield return ("list accounts", s => _app.Get<ManageUsers>().ListAsync(s));
        yield return ("reset link for caseworker A", s => _app.Get<ManageUsers>().IssueResetLinkAsync(s, _caseworkerA.UserId));
        yield return ("reset link for caseworker B", s => _app.Get<ManageUsers>().IssueResetLinkAsync(s, _caseworkerB.UserId));
        yield return ("disable caseworker A", s => _app.Get<ManageUsers>().SetDisabledAsync(s, _caseworkerA.UserId, true));
        yield return ("disable caseworker B", s => _app.Get<ManageUsers>().SetDisabledAsync(s, _caseworkerB.UserId, true));
        yield return ("move caseworker B to A", s => _app.Get<ManageUsers>().ChangeAgencyAsync(s, _caseworkerB.UserId, _agencyA));
        yield return ("edit letter texts of A", s => _app.Get<AgencyLetterTexts>().SaveAsync(s, _agencyA, new LetterTextsInput { Formal = $"Fassung {++n}" }));
        yield return ("edit letter texts of B", s => _app.Get<AgencyLetterTexts>().SaveAsync(s, _agencyB, new LetterTextsInput { Formal = $"Fassung {++n}" }));
        yield return ("list agencies", s => _app.Get<ManageAgencies>().ListAsync(s));
        yield return ("edit agency B", s => _app.Get<ManageAgencies>().SaveAsync(s, _agencyB, new AgencyInput { Name = "Jobcenter B", Street = "Weg 1", Postcode = "34117", City = "Kassel" }));
        yield return ("remove and add a phase", async s =>
        {
            int afternoonId;
            await using (var db = _app.Db())
            {
                afternoonId = await db.FairPhases.Where(p => p.FairId == _fairId && p.Name == TestPhases.Afternoon).Select(p => p.Id).SingleAsync();
            }
            await _app.Get<ManageFair>().RemovePhaseAsync(s, _fairId, afternoonId);
            await _app.Get<ManageFair>().AddPhaseAsync(s, _fairId, new NewPhaseInput { Name = TestPhases.Afternoon, TargetGroup = Domain.Common.TargetGroup.SchoolLeaver });
        });
        yield return ("start next fair", s => _app.Get<StartNextFair>().HandleAsync(s, _fairId));
        yield return ("see company registrations", s => _app.Get<ReviewRegistrations>().ListAsync(s));
        yield return ("add a synonym to the skills vocabulary", s => _app.Get<ManageSkillVocabulary>().ChangeAsync(s,
            new SkillVocabularyInput { Kind = Domain.Matching.Skills.SkillChangeKind.AddSynonym, Wording = $"Hubwagen {++n}", Into = "Staplerschein" }));
        yield return ("list the skills vocabulary", s => _app.Get<ManageSkillVocabulary>().GetAsync(s, null));
        yield return ("create a fair", s => _app.Get<ManageFair>().CreateAsync(s, new FairInput { Name = "Messe", Date = new DateTime(2029, 3, 1), Venue = "Halle", VenueAddress = "Weg 1, 34117 Kassel" }));
        // After the fair (#14); what each one sees of the figures is scoped (FunnelTests, AttendanceTests).
        yield return ("see the funnel", s => _app.Get<GetFunnel>().HandleAsync(s, _pastFairId));
        yield return ("see the year-on-year view", s => _app.Get<GetYearOnYear>().HandleAsync(s));
        yield return ("download the summary PDF", s => _app.Get<PrintFunnelSummary>().HandleAsync(s, _pastFairId));
        yield return ("export a funnel table", s => _app.Get<ExportFunnel>().HandleAsync(s, _pastFairId, FunnelTable.Employers, Common.TableFormat.Xlsx));
        yield return ("see the attendance list", s => _app.Get<GetAttendance>().HandleAsync(s, _pastFairId));
        yield return ("export the attendance list", s => _app.Get<ExportAttendance>().PdfAsync(s, _pastFairId));
        yield return ("see follow-up tasks", s => _app.Get<GetFollowUps>().HandleAsync(s));
        yield return ("complete a follow-up of A", s => _app.Get<CompleteFollowUp>().HandleAsync(s, _followUpA, new FollowUpInput { InterviewHeld = InterviewHeld.Yes }));
        yield return ("complete a follow-up of B", s => _app.Get<CompleteFollowUp>().HandleAsync(s, _followUpB, new FollowUpInput { InterviewHeld = InterviewHeld.Yes }));
        yield return ("give company feedback", s => _app.Get<EmployerFeedbacks>().SubmitAsync(s, new EmployerFeedbackInput { Satisfaction = 4 }));
        yield return ("read the companies' feedback", s => _app.Get<EmployerFeedbacks>().SummaryAsync(s, _pastFairId));
    }

    /// <summary>Everyone's share of the figures; the agencies' own lists; follow-ups are casework of the client's agency.</summary>
    private static bool AfterTheFair(string action, string role, bool agencyA = false) => action switch
    {
        "see the funnel" or "see the year-on-year view" or "download the summary PDF" or "export a funnel table" => true,
        "see the attendance list" or "export the attendance list" => role is Roles.Organizer or Roles.Caseworker,
        "see follow-up tasks" => role == Roles.Caseworker,
        "complete a follow-up of A" => agencyA,
        "give company feedback" => role == Roles.Employer,
        "read the companies' feedback" => role == Roles.Organizer,
        _ => false,
    };

    private static bool IsAfterTheFair(string action) => AfterTheFair(action, Roles.Organizer) || AfterTheFair(action, Roles.Caseworker)
        || AfterTheFair(action, Roles.Employer) || action.StartsWith("complete a follow-up", StringComparison.Ordinal);

    [Fact]
    public Task Organizer_may_do_everything_but_casework_and_company_feedback() =>
        AssertMatrixAsync(() => _organizer, a => IsAfterTheFair(a) ? AfterTheFair(a, Roles.Organizer) : true);

    [Fact]
    public Task Agency_lead_manages_only_the_own_agency() => AssertMatrixAsync(() => _leadA,
        a => a is "invite caseworker into A" or "list accounts" or "reset link for caseworker A" or "disable caseworker A" or "edit letter texts of A"
            || AfterTheFair(a, Roles.Caseworker, agencyA: true));

    [Fact]
    public Task Caseworker_manages_nothing_of_the_set_up() => AssertMatrixAsync(() => _caseworkerA, a => AfterTheFair(a, Roles.Caseworker, agencyA: true));

    [Fact]
    public Task Caseworker_of_another_agency_follows_up_only_the_own_clients() =>
        AssertMatrixAsync(() => _caseworkerB, a => (IsAfterTheFair(a) && AfterTheFair(a, Roles.Caseworker)) || a == "complete a follow-up of B");

    [Fact]
    public Task Company_staff_invite_only_colleagues() => AssertMatrixAsync(() => _employerUser,
        a => a is "invite colleague at the company" or "list accounts" || AfterTheFair(a, Roles.Employer));

    private async Task AssertMatrixAsync(Func<UserScope> scope, Func<string, bool> allowed)
    {
        var wrong = new List<string>();
        foreach (var (action, run) in Actions())
        {
            var expected = allowed(action);
            bool done;
            try
            {
                await run(scope());
                done = true;
            }
            catch (Exception e) when (e is AccessDeniedException or NotFoundException)
            {
                done = false;
            }
            if (done != expected)
            {
                wrong.Add($"{action}: expected {(expected ? "allowed" : "refused")}");
            }
        }
        Assert.Empty(wrong);
        if (!allowed("disable caseworker B"))
        {
            await using var db = _app.Db();
            var b = await db.Users.SingleAsync(u => u.Id == _caseworkerB.UserId);
            Assert.False(b.IsDisabled);
            Assert.Equal(_agencyB, b.AgencyId);
        }
    }
}
