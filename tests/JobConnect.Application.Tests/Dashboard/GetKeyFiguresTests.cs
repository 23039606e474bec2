using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Dashboard;

public sealed class GetKeyFiguresTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private int _agencyA, _agencyB, _employerA, _employerB;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        var fair = await _db.InsertAsync(TestData.Fair());
        _agencyA = (await _db.InsertAsync(TestData.Agency("Agentur für Arbeit Kassel"))).Id;
        _agencyB = (await _db.InsertAsync(TestData.Agency("Jobcenter Stadt Kassel"))).Id;
        _employerA = (await _db.InsertAsync(TestData.Employer("A GmbH"))).Id;
        _employerB = (await _db.InsertAsync(TestData.Employer("B AG"))).Id;
        await _db.InsertAsync(TestData.Vacancy(fair.Id, _employerA, openings: 3));
        await _db.InsertAsync(TestData.Vacancy(fair.Id, _employerA, VacancyKind.Apprenticeship, openings: 2));
        await _db.InsertAsync(TestData.Vacancy(fair.Id, _employerB));
        var withdrawn = TestData.Vacancy(fair.Id, _employerB);
        withdrawn.Status = VacancyStatus.Withdrawn;
        await _db.InsertAsync(withdrawn);
        for (var i = 0; i < 3; i++)
        {
            await _db.InsertAsync(TestData.Jobseeker(_agencyA));
        }
        var invitee = await _db.InsertAsync(TestData.Jobseeker(_agencyB));
        await _db.InsertAsync(new Invitation
        {
            FairId = fair.Id,
            FairPhaseId = fair.Phase(TestPhases.Morning).Id,
            JobseekerId = invitee.Id,
            AgencyId = _agencyB,
            IssuedByUserId = "u",
            CheckInCode = "ABC123",
            Status = InvitationStatus.Confirmed,
        });
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<KeyFigures> FiguresFor(UserScope scope) =>
        new GetKeyFigures(_db, new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero))).HandleAsync(scope);

    [Fact]
    public async Task Organizer_sees_the_whole_fair()
    {
        var figures = await FiguresFor(new UserScope("o", Roles.Organizer, null, null));

        Assert.Equal("job-connect Test", figures.FairName);
        Assert.Equal(3, figures.Vacancies);
        Assert.Equal(6, figures.Openings);
        Assert.Equal(1, figures.Apprenticeships);
        Assert.Equal(4, figures.Jobseekers);
        var morning = Assert.Single(figures.Phases, p => p.Name == TestPhases.Morning);
        Assert.Equal((1, 1, 350), (morning.Invited, morning.Confirmed, morning.Seats));
    }

    [Fact]
    public async Task Caseworker_counts_only_the_own_agency()
    {
        var a = await FiguresFor(new UserScope("c", Roles.Caseworker, _agencyA, null));
        var b = await FiguresFor(new UserScope("c", Roles.Caseworker, _agencyB, null));

        Assert.Equal((3, 0), (a.Jobseekers, a.Phases.Sum(p => p.Invited)));
        Assert.Equal((1, 1), (b.Jobseekers, b.Phases.Sum(p => p.Invited)));
        Assert.Equal("Agentur für Arbeit Kassel", a.ScopeName);
        Assert.Equal(3, a.Vacancies);
    }

    [Fact]
    public async Task Employer_sees_own_vacancies_and_no_jobseeker_numbers()
    {
        var figures = await FiguresFor(new UserScope("e", Roles.Employer, null, _employerA));

        Assert.Equal(2, figures.Vacancies);
        Assert.Equal(5, figures.Openings);
        Assert.Null(figures.Jobseekers);
        Assert.All(figures.Phases, p => Assert.Equal(0, p.Invited));
        Assert.Equal("A GmbH", figures.ScopeName);
    }
}
