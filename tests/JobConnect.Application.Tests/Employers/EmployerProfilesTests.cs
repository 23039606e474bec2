using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Employers;

public sealed class EmployerProfilesTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private int _fairId, _employerA, _employerB;

    private EmployerProfiles Profiles => new(_db, new EmployerProfileInputValidator(), _clock);
    private UserScope EmployerA => new("a", Roles.Employer, null, _employerA);
    private static UserScope Organizer => new("o", Roles.Organizer, null, null);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        var fair = TestData.Fair();
        fair.ReportingDeadlineUtc = new DateTime(2027, 2, 25, 23, 0, 0, DateTimeKind.Utc);
        _fairId = (await _db.InsertAsync(fair)).Id;
        _employerA = (await _db.InsertAsync(TestData.Employer("A GmbH"))).Id;
        _employerB = (await _db.InsertAsync(TestData.Employer("B AG"))).Id;
        await _db.InsertAsync(new Booth { FairId = _fairId, EmployerId = _employerA, Label = "A01", Phases = TargetGroups.Adults, Tables = 1 });
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Employer_reads_and_changes_only_the_own_company()
    {
        Assert.NotNull(await Profiles.GetAsync(EmployerA, _employerA));
        Assert.Null(await Profiles.GetAsync(EmployerA, _employerB));
        await Assert.ThrowsAsync<NotFoundException>(() => Profiles.UpdateAsync(EmployerA, _employerB, EmployerProfileInputValidatorTests.Valid()));

        Assert.Equal("B AG", await _db.QueryAsync(db => db.Employers.Where(e => e.Id == _employerB).Select(e => e.Name).SingleAsync()));
    }

    [Fact]
    public async Task Employer_updates_profile_contacts_phases_and_tables()
    {
        var input = EmployerProfileInputValidatorTests.Valid();
        input.Phases = TargetGroups.Both;
        input.Tables = 3;

        await Profiles.UpdateAsync(EmployerA, _employerA, input);

        var profile = (await Profiles.GetAsync(EmployerA, _employerA))!;
        Assert.Equal(("Kasseler Kältetechnik GmbH", "A01", TargetGroups.Both, 3), (profile.Input.Name, profile.BoothLabel, profile.Input.Phases, profile.Input.Tables));
        Assert.Equal("Petra Sommer", Assert.Single(profile.Input.Contacts).Name);
    }

    [Fact]
    public async Task After_the_deadline_employers_keep_their_phases_and_tables()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var input = EmployerProfileInputValidatorTests.Valid();

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => Profiles.UpdateAsync(EmployerA, _employerA, input));

        Assert.Equal(EmployerMessages.BoothLocked, error.MessageKey);
    }

    [Fact]
    public async Task Organizer_admits_a_company_with_a_booth_and_only_organizers_may()
    {
        var input = EmployerProfileInputValidatorTests.Valid();
        await Assert.ThrowsAsync<AccessDeniedException>(() => Profiles.AdmitAsync(EmployerA, input));

        var id = await Profiles.AdmitAsync(Organizer, input);

        var profile = (await Profiles.GetAsync(Organizer, id))!;
        Assert.Equal(("N01", 2), (profile.BoothLabel, profile.Input.Tables));
        var rows = await new ListEmployers(_db, _clock).HandleAsync(Organizer);
        Assert.Equal(["A GmbH", "B AG", "Kasseler Kältetechnik GmbH"], rows.Select(r => r.Name));
        await Assert.ThrowsAsync<AccessDeniedException>(() => new ListEmployers(_db, _clock).HandleAsync(EmployerA));
    }
}
