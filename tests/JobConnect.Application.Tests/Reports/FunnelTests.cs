using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Reports;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Reports;

/// <summary>
/// The funnel's numbers equal the recorded facts: a fair is seeded from a table of what happened to each
/// person, and every figure is counted again from that table in the plainest way, per phase, agency,
/// company and vacancy, for the organizer, each agency and each company.
/// </summary>
public sealed class FunnelTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly IReadOnlyList<PersonFacts> _people = PastFairBuilder.RandomPeople(90, seed: 14);
    private PastFairBuilder _fair = null!;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _fair = new PastFairBuilder(_db);
        await _fair.SeedAsync(_people);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static readonly UserScope Organizer = new("o", Roles.Organizer, null, null);

    private Task<FunnelReport> ReportAsync(UserScope scope) => new GetFunnel(_db, _clock).HandleAsync(scope, _fair.FairId);

    // The expectation, counted from the facts alone.
    private static bool Counted(PersonFacts p) => p.Status != InvitationStatus.Cancelled;
    private static bool Arrived(PersonFacts p) => p.Status == InvitationStatus.Arrived;
    private static bool Held(PersonFacts p, TalkFacts t) => Arrived(p) && t.Outcome is { } o && o != OutcomeKind.NoShow;
    private static bool Interview(TalkFacts t) => t.Outcome is OutcomeKind.InterviewAppointment or OutcomeKind.Hired;

    private static ContractKind Contract(PersonFacts p, out int employer)
    {
        employer = p.FollowUpEmployer;
        if (p.FollowUpHeld is not null)
        {
            return p.FollowUpContract;
        }
        var hired = p.Talks.FirstOrDefault(t => t.Outcome == OutcomeKind.Hired);
        employer = hired?.Employer ?? -1;
        return hired is null ? ContractKind.None : hired.Vacancy == 1 ? ContractKind.Apprenticeship : ContractKind.Job;
    }

    private static FunnelFigures Expected(IEnumerable<PersonFacts> people, Func<TalkFacts, bool>? talk = null, int? contractEmployer = null)
    {
        var list = people.Where(Counted).Where(p => talk is null || p.Talks.Any(talk)).ToList();
        IEnumerable<TalkFacts> Mine(PersonFacts p) => talk is null ? p.Talks : p.Talks.Where(talk);
        int Contracts(ContractKind kind) => list.Count(p => Contract(p, out var e) == kind && (contractEmployer is null || e == contractEmployer));
        return new FunnelFigures(
            Invited: list.Count(p => !p.WalkIn),
            Confirmed: list.Count(p => p.Status == InvitationStatus.Confirmed || p.ConfirmedBefore),
            Arrived: list.Count(Arrived),
            Talked: list.Count(p => Mine(p).Any(t => Held(p, t))),
            InterviewAgreed: list.Count(p => Mine(p).Any(Interview)),
            InterviewHeld: list.Count(p => Mine(p).Any(Interview) && p.FollowUpHeld == InterviewHeld.Yes),
            Jobs: Contracts(ContractKind.Job),
            Apprenticeships: Contracts(ContractKind.Apprenticeship));
    }

    [Fact]
    public async Task Organizer_figures_equal_the_recorded_facts_per_phase_agency_company_and_vacancy()
    {
        var report = await ReportAsync(Organizer);

        Assert.Equal(Expected(_people), report.Total);
        Assert.True(report.Total.Arrived > 10 && report.Total.InterviewAgreed > 5 && report.Total.Jobs > 0 && report.Total.Apprenticeships > 0,
            "the seeded fair exercises every step");
        foreach (var phase in new[] { TestPhases.Morning, TestPhases.Afternoon })
        {
            Assert.Equal(Expected(_people.Where(p => p.Phase == phase)), Assert.Single(report.Phases, l => l.Name == phase).Figures);
        }
        for (var a = 0; a < 2; a++)
        {
            Assert.Equal(Expected(_people.Where(p => p.Agency == a)), Assert.Single(report.Agencies, l => l.Id == _fair.Agencies[a]).Figures);
        }
        for (var e = 0; e < 2; e++)
        {
            var employer = e;
            Assert.Equal(Expected(_people, t => t.Employer == employer, employer), Assert.Single(report.Employers, l => l.Id == _fair.Employers[e]).Figures);
            for (var v = 0; v < 2; v++)
            {
                var vacancy = v;
                Assert.Equal(Expected(_people, t => t.Employer == employer && t.Vacancy == vacancy, employer),
                    Assert.Single(report.Vacancies, l => l.Id == _fair.Vacancies[e, v]).Figures);
            }
        }
        Assert.Equal(new FunnelCoverage(true, true, true), report.Coverage);
    }

    [Fact]
    public async Task An_agency_counts_only_its_own_clients()
    {
        for (var a = 0; a < 2; a++)
        {
            var agency = a;
            var report = await ReportAsync(new UserScope("c", Roles.Caseworker, _fair.Agencies[a], null));

            Assert.Equal(Expected(_people.Where(p => p.Agency == agency)), report.Total);
            Assert.Equal(_fair.Agencies[a], Assert.Single(report.Agencies).Id);
            var firstEmployer = Assert.Single(report.Employers, l => l.Id == _fair.Employers[0]);
            Assert.Equal(Expected(_people.Where(p => p.Agency == agency), t => t.Employer == 0, 0), firstEmployer.Figures);
        }
    }

    [Fact]
    public async Task A_company_sees_only_its_own_figures()
    {
        var report = await ReportAsync(new UserScope("e", Roles.Employer, null, _fair.Employers[1]));

        Assert.Equal(Expected(_people, t => t.Employer == 1, 1), report.Total);
        Assert.Empty(report.Phases);
        Assert.Empty(report.Agencies);
        Assert.Equal(_fair.Employers[1], Assert.Single(report.Employers).Id);
        Assert.Equal([_fair.Vacancies[1, 0], _fair.Vacancies[1, 1]], report.Vacancies.Select(v => v.Id!.Value).Order());
    }

    [Fact]
    public async Task A_fair_without_check_ins_or_outcomes_says_so_instead_of_reporting_zeros()
    {
        var plain = new PastFairBuilder(_db);
        await plain.SeedAsync(
        [
            new PersonFacts(0, TestPhases.Morning, InvitationStatus.Confirmed, false, false, [new TalkFacts(0, 0, null)], null, ContractKind.None, 0),
            new PersonFacts(1, TestPhases.Morning, InvitationStatus.Invited, false, false, [], null, ContractKind.None, 0),
        ], new DateOnly(2025, 11, 13), "Agentur");

        var report = await new GetFunnel(_db, _clock).HandleAsync(Organizer, plain.FairId);

        Assert.Equal(new FunnelCoverage(Arrivals: false, Outcomes: false, FollowUps: false), report.Coverage);
        Assert.Equal(2, report.Total.Recorded(report.Coverage, FunnelStep.Invited));
        Assert.Null(report.Total.Recorded(report.Coverage, FunnelStep.Arrived));
        Assert.Null(report.Total.Recorded(report.Coverage, FunnelStep.Talked));
        Assert.Null(report.Total.Recorded(report.Coverage, FunnelStep.Jobs));
    }

    [Fact]
    public async Task Year_on_year_puts_each_fairs_whole_funnel_side_by_side()
    {
        var earlier = new PastFairBuilder(_db);
        var earlierPeople = PastFairBuilder.RandomPeople(30, seed: 2025);
        await earlier.SeedAsync(earlierPeople, new DateOnly(2025, 11, 13), "Agentur");

        var years = await new GetYearOnYear(_db).HandleAsync(Organizer);

        Assert.Equal([earlier.FairId, _fair.FairId], years.Select(y => y.Fair.Id));
        Assert.Equal(Expected(earlierPeople), years[0].Figures);
        Assert.Equal(Expected(_people), years[1].Figures);
    }
}
