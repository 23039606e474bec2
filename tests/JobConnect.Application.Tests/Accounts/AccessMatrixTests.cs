using JobConnect.Application.Access;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Agencies;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Employers;
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
    private int _agencyA, _agencyB, _employer, _fairId;
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
            await _app.Get<ManageFair>().RemovePhaseAsync(s, _fairId, Domain.Common.PhaseKind.Afternoon);
            await _app.Get<ManageFair>().AddPhaseAsync(s, _fairId, Domain.Common.PhaseKind.Afternoon);
        });
        yield return ("start next fair", s => _app.Get<StartNextFair>().HandleAsync(s, _fairId));
        yield return ("see company registrations", s => _app.Get<ReviewRegistrations>().ListAsync(s));
        yield return ("add a synonym to the skills vocabulary", s => _app.Get<ManageSkillVocabulary>().ChangeAsync(s,
            new SkillVocabularyInput { Kind = Domain.Matching.Skills.SkillChangeKind.AddSynonym, Wording = $"Hubwagen {++n}", Into = "Staplerschein" }));
        yield return ("list the skills vocabulary", s => _app.Get<ManageSkillVocabulary>().GetAsync(s, null));
        yield return ("create a fair", s => _app.Get<ManageFair>().CreateAsync(s, new FairInput { Name = "Messe", Date = new DateTime(2029, 3, 1), Venue = "Halle", VenueAddress = "Weg 1, 34117 Kassel" }));
    }

    [Fact]
    public Task Organizer_may_do_everything() => AssertMatrixAsync(() => _organizer, _ => true);

    [Fact]
    public Task Agency_lead_manages_only_the_own_agency() => AssertMatrixAsync(() => _leadA,
        a => a is "invite caseworker into A" or "list accounts" or "reset link for caseworker A" or "disable caseworker A" or "edit letter texts of A");

    [Fact]
    public Task Caseworker_manages_nothing_of_the_set_up() => AssertMatrixAsync(() => _caseworkerA, _ => false);

    [Fact]
    public Task Company_staff_invite_only_colleagues() => AssertMatrixAsync(() => _employerUser, a => a is "invite colleague at the company" or "list accounts");

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
