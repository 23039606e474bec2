using JobConnect.Testing;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Agencies;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Application.Tests.Accounts;

/// <summary>The organizer's set-up of a real fair: fair and phases, agencies, registrations, accounts, next year.</summary>
public sealed class FairSetUpTests : IAsyncLifetime
{
    private readonly AppServices _app = new();
    private Access.UserScope _organizer = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        _organizer = await _app.UserAsync("o@test.example", Roles.Organizer);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static FairInput Fair() => new()
    {
        Name = "job-connect Kassel 2027", Date = new DateTime(2027, 3, 18), Venue = "Ständehaus", VenueAddress = "Ständeplatz 8, 34117 Kassel",
        ReportingDeadlineLocal = new DateTime(2027, 2, 25, 23, 59, 0), RetentionDays = 180,
    };

    [Fact]
    public async Task Organizer_creates_a_fair_with_three_named_phases_and_the_deadline_is_kept_in_Kassel_time()
    {
        var fairs = _app.Get<ManageFair>();
        var id = await fairs.CreateAsync(_organizer, Fair());
        await fairs.AddPhaseAsync(_organizer, id, new NewPhaseInput { Name = "Vormittag", TargetGroup = TargetGroup.Adult });
        await fairs.AddPhaseAsync(_organizer, id, new NewPhaseInput { Name = "Nachmittag", TargetGroup = TargetGroup.SchoolLeaver });
        await fairs.AddPhaseAsync(_organizer, id, new NewPhaseInput { Name = " Abendsprechstunde ", TargetGroup = TargetGroup.Adult });

        var current = (await fairs.GetCurrentAsync(_organizer))!;
        // The usual Kassel times where they are free; a further phase starts on the hour after the latest one.
        Assert.Equal(
            [("Vormittag", TargetGroup.Adult, new TimeOnly(9, 0)), ("Nachmittag", TargetGroup.SchoolLeaver, new TimeOnly(14, 0)), ("Abendsprechstunde", TargetGroup.Adult, new TimeOnly(17, 0))],
            current.Phases.Select(p => (p.Name, p.TargetGroup, p.Start)));
        Assert.Equal(new DateTime(2027, 2, 25, 23, 59, 0), current.Input.ReportingDeadlineLocal);
        await using var db = _app.Db();
        Assert.Equal(new DateTime(2027, 2, 25, 22, 59, 0), (await db.Fairs.SingleAsync()).ReportingDeadlineUtc);
        var taken = await Assert.ThrowsAsync<PhaseRulesBrokenException>(() => fairs.AddPhaseAsync(_organizer, id, new NewPhaseInput { Name = "vormittag", TargetGroup = TargetGroup.Adult }));
        Assert.Equal([PhaseProblem.NameTaken], taken.Problems);
        var blank = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => fairs.AddPhaseAsync(_organizer, id, new NewPhaseInput { Name = " " }));
        Assert.Equal(PhaseMessages.NameRequired, Assert.Single(blank.Errors).ErrorMessage);
        Assert.Equal(3, await db.FairPhases.CountAsync());
    }

    [Fact]
    public async Task A_deadline_on_or_after_the_fair_day_and_a_blank_name_are_refused_at_their_fields()
    {
        var input = Fair();
        input.Name = " ";
        input.ReportingDeadlineLocal = new DateTime(2027, 3, 18, 8, 0, 0);

        var errors = (await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _app.Get<ManageFair>().CreateAsync(_organizer, input))).Errors;

        Assert.Equal(
            [(nameof(FairInput.Name), FairMessages.NameRequired), (nameof(FairInput.ReportingDeadlineLocal), FairMessages.DeadlineAfterFair)],
            errors.Select(e => (e.PropertyName, e.ErrorMessage)).OrderBy(e => e.PropertyName == nameof(FairInput.Name) ? 0 : 1));
    }

    [Fact]
    public async Task A_phase_with_invitations_is_not_removed()
    {
        var fair = await _app.InsertAsync(TestData.Fair());
        var agency = await _app.InsertAsync(TestData.Agency());
        var person = await _app.InsertAsync(TestData.Jobseeker(agency.Id));
        var morning = fair.Phase(TestPhases.Morning);
        await _app.InsertAsync(new Invitation { FairId = fair.Id, FairPhaseId = morning.Id, JobseekerId = person.Id, AgencyId = agency.Id, IssuedByUserId = _organizer.UserId, CheckInCode = "K1" });

        await Assert.ThrowsAsync<BusinessRuleException>(() => _app.Get<ManageFair>().RemovePhaseAsync(_organizer, fair.Id, morning.Id));
        await _app.Get<ManageFair>().RemovePhaseAsync(_organizer, fair.Id, fair.Phase(TestPhases.Afternoon).Id);

        await using var db = _app.Db();
        Assert.Equal([TestPhases.Morning], await db.FairPhases.Select(p => p.Name).ToListAsync());
    }

    [Fact]
    public async Task An_agency_gets_its_sender_block_paragraph_and_quota_which_never_drops_below_seats_taken()
    {
        await _app.InsertAsync(TestData.Fair());
        var agencies = _app.Get<ManageAgencies>();
        var input = await agencies.GetAsync(_organizer, null);
        (input.Name, input.Street, input.Postcode, input.City, input.LetterParagraph) = ("Jobcenter Kassel", "Grüner Weg 46", "34117", "Kassel", "Rechtsfolgen: …");
        input.Quotas.Single(q => q.Phase == TestPhases.Morning).Seats = 2;

        var id = await agencies.SaveAsync(_organizer, null, input);

        await using (var db = _app.Db())
        {
            Assert.Equal(2, (await db.AgencyQuotas.SingleAsync(q => q.AgencyId == id)).Seats);
            await db.AgencyQuotas.Where(q => q.AgencyId == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SeatsTaken, 2));
            Assert.Equal("Rechtsfolgen: …", (await db.AgencyLetterTexts.SingleAsync(t => t.AgencyId == id)).Formal);
        }
        var again = await agencies.GetAsync(_organizer, id);
        again.Quotas.Single(q => q.Phase == TestPhases.Morning).Seats = 1;
        await Assert.ThrowsAsync<BusinessRuleException>(() => agencies.SaveAsync(_organizer, id, again));
        // A second agency of the same name would make letters and lists ambiguous.
        await Assert.ThrowsAsync<BusinessRuleException>(async () => await agencies.SaveAsync(_organizer, null, await WithName(agencies, "Jobcenter Kassel")));
    }

    private async Task<AgencyInput> WithName(ManageAgencies agencies, string name)
    {
        var input = await agencies.GetAsync(_organizer, null);
        (input.Name, input.Street, input.Postcode, input.City) = (name, "Weg 1", "34117", "Kassel");
        return input;
    }

    [Fact]
    public async Task A_letter_prints_the_paragraph_version_valid_when_its_invitation_was_issued()
    {
        var fair = await _app.InsertAsync(TestData.Fair());
        var agency = await _app.InsertAsync(TestData.Agency());
        var lead = await _app.UserAsync("lead@test.example", Roles.Caseworker, agency.Id, lead: true);
        var texts = _app.Get<AgencyLetterTexts>();
        await texts.SaveAsync(lead, agency.Id, new LetterTextsInput { Formal = "Fassung 1" });
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var person = await _app.InsertAsync(TestData.Jobseeker(agency.Id));
        var invitation = await _app.InsertAsync(new Invitation
        {
            FairId = fair.Id, FairPhaseId = fair.Phase(TestPhases.Morning).Id, JobseekerId = person.Id, AgencyId = agency.Id,
            IssuedByUserId = lead.UserId, CheckInCode = "K1", CreatedUtc = _app.Clock.GetUtcNow().UtcDateTime,
        });
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await texts.SaveAsync(lead, agency.Id, new LetterTextsInput { Formal = "Fassung 2" });

        var letter = await _app.Get<GetInvitations>().LetterAsync(lead, invitation.Id);

        Assert.Equal("Fassung 1", letter.Agency.LetterParagraph);
        Assert.Equal([2, 1], (await texts.GetAsync(lead, agency.Id)).Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task A_company_registers_itself_and_is_admitted_with_a_booth_and_an_invited_contact_without_password()
    {
        var fair = await _app.InsertAsync(TestData.Fair());
        await _app.Get<RegisterEmployer>().HandleAsync(new EmployerRegistrationInput
        {
            CompanyName = "Fräswerk GmbH", Industry = "Metall", Street = "Weg 1", Postcode = "34123", City = "Kassel",
            ContactName = "Petra Sommer", ContactEmail = "p.sommer@fraeswerk.example", Morning = false, Afternoon = true, Tables = 2,
        });
        var review = _app.Get<ReviewRegistrations>();
        var row = Assert.Single(await review.ListAsync(_organizer));

        var delivery = await review.AdmitAsync(_organizer, row.Id);

        Assert.NotNull(delivery?.Url);
        Assert.Empty(await review.ListAsync(_organizer));
        await using var db = _app.Db();
        var booth = await db.Booths.SingleAsync(b => b.FairId == fair.Id);
        Assert.Equal((TargetGroups.SchoolLeavers, 2), (booth.Phases, booth.Tables));
        var user = await db.Users.SingleAsync(u => u.Email == "p.sommer@fraeswerk.example");
        Assert.Equal((row.Id, (string?)null), (user.EmployerId!.Value, user.PasswordHash));
        Assert.Equal(EmployerStatus.Admitted, (await db.Employers.SingleAsync()).Status);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_keeps_it()
    {
        await _app.Get<RegisterEmployer>().HandleAsync(new EmployerRegistrationInput
        {
            CompanyName = "Zu spät GmbH", Industry = "Handel", Street = "Weg 2", Postcode = "34117", City = "Kassel",
            ContactName = "Max Muster", ContactEmail = "max@zu-spaet.example",
        });
        var review = _app.Get<ReviewRegistrations>();
        var id = Assert.Single(await review.ListAsync(_organizer)).Id;

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => review.DeclineAsync(_organizer, id, new DeclineInput { Reason = " " }));
        await review.DeclineAsync(_organizer, id, new DeclineInput { Reason = "Alle Stände sind vergeben." });

        var row = Assert.Single(await review.ListAsync(_organizer));
        Assert.Equal((EmployerStatus.Rejected, "Alle Stände sind vergeben."), (row.Status, row.DeclineReason));
    }

    [Fact]
    public async Task Disabling_moves_the_security_stamp_refuses_sign_in_and_re_enabling_restores_it()
    {
        var agency = await _app.InsertAsync(TestData.Agency());
        var caseworker = await _app.UserAsync("cw@test.example", Roles.Caseworker, agency.Id);
        string Stamp() { using var db = _app.Db(); return db.Users.Single(u => u.Id == caseworker.UserId).SecurityStamp!; }
        var before = Stamp();

        await _app.Get<ManageUsers>().SetDisabledAsync(_organizer, caseworker.UserId, true);

        var afterDisable = Stamp();
        Assert.NotEqual(before, afterDisable);
        await using (var scope = _app.NewScope())
        {
            var fresh = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await fresh.IsLockedOutAsync((await fresh.FindByIdAsync(caseworker.UserId))!));
        }
        await _app.Get<ManageUsers>().SetDisabledAsync(_organizer, caseworker.UserId, false);
        Assert.NotEqual(afterDisable, Stamp());
        await using (var scope = _app.NewScope())
        {
            var fresh = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.False(await fresh.IsLockedOutAsync((await fresh.FindByIdAsync(caseworker.UserId))!));
        }
        await Assert.ThrowsAsync<BusinessRuleException>(() => _app.Get<ManageUsers>().SetDisabledAsync(_organizer, _organizer.UserId, true));
    }

    [Fact]
    public async Task A_disabled_persons_link_opens_nothing()
    {
        var agency = await _app.InsertAsync(TestData.Agency());
        var delivery = await _app.Get<InviteUser>().HandleAsync(_organizer,
            new UserInvitationInput { Email = "neu@test.example", DisplayName = "Neu", Role = Roles.Caseworker, AgencyId = agency.Id });
        var userId = (await _app.Get<ManageUsers>().ListAsync(_organizer)).Single(u => u.Email == "neu@test.example").Id;

        await _app.Get<ManageUsers>().SetDisabledAsync(_organizer, userId, true);

        Assert.Equal(LinkState.Unknown, (await _app.Get<AccountLinks>().CheckAsync(delivery.Url![AccountLinks.PathPrefix.Length..])).State);
    }

    [Fact]
    public async Task Next_years_fair_carries_booths_phases_and_quotas_but_no_people()
    {
        var fair = await _app.InsertAsync(TestData.Fair());
        var agency = await _app.InsertAsync(TestData.Agency());
        var employer = await _app.InsertAsync(TestData.Employer());
        await _app.InsertAsync(new Booth { FairId = fair.Id, EmployerId = employer.Id, Label = "A01", Tables = 3, Phases = TargetGroups.Adults });
        var morning = fair.Phase(TestPhases.Morning);
        await _app.InsertAsync(new Domain.Agencies.AgencyQuota { AgencyId = agency.Id, FairPhaseId = morning.Id, Seats = 40, SeatsTaken = 1 });
        var person = await _app.InsertAsync(TestData.Jobseeker(agency.Id));
        await _app.InsertAsync(new Invitation { FairId = fair.Id, FairPhaseId = morning.Id, JobseekerId = person.Id, AgencyId = agency.Id, IssuedByUserId = _organizer.UserId, CheckInCode = "K1" });

        var nextId = await _app.Get<StartNextFair>().HandleAsync(_organizer, fair.Id);

        await using var db = _app.Db();
        var next = await db.Fairs.Include(f => f.Phases).Include(f => f.Booths).SingleAsync(f => f.Id == nextId);
        Assert.Equal(fair.Date.AddYears(1), next.Date);
        Assert.Equal([TestPhases.Afternoon, TestPhases.Morning], next.Phases.Select(p => p.Name).Order());
        Assert.All(next.Phases, p => Assert.Equal(0, p.SeatsTaken));
        Assert.Equal(("A01", 3, TargetGroups.Adults), next.Booths.Select(b => (b.Label, b.Tables, b.Phases)).Single());
        var quota = await db.AgencyQuotas.SingleAsync(q => q.FairPhaseId == next.Phase(TestPhases.Morning).Id);
        Assert.Equal((40, 0), (quota.Seats, quota.SeatsTaken));
        Assert.Equal(0, await db.Invitations.CountAsync(i => i.FairId == nextId));
        Assert.Equal(1, await db.Jobseekers.CountAsync());
        await Assert.ThrowsAsync<BusinessRuleException>(() => _app.Get<StartNextFair>().HandleAsync(_organizer, fair.Id));
    }
}
