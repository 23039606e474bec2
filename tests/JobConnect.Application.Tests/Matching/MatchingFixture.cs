using JobConnect.Application.Access;
using JobConnect.Application.Features.Matching;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Matching;

/// <summary>A fair with one vacancy and people of two agencies who fit it to different degrees.</summary>
public abstract class MatchingFixture : IAsyncLifetime
{
    protected TestDatabase Db { get; } = new();
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
    protected Fair Fair { get; private set; } = null!;
    protected int AgencyA { get; private set; }
    protected int AgencyB { get; private set; }
    protected int EmployerId { get; private set; }
    protected Vacancy Welder { get; private set; } = null!;
    protected Jobseeker Exact { get; private set; } = null!;
    protected Jobseeker SameGroup { get; private set; } = null!;
    protected Jobseeker Unrelated { get; private set; } = null!;
    protected Jobseeker TooFar { get; private set; } = null!;
    protected Jobseeker Pupil { get; private set; } = null!;
    protected Jobseeker OtherAgencysBest { get; private set; } = null!;

    protected UserScope CaseworkerA => new("cw-a", Roles.Caseworker, AgencyA, null);
    protected UserScope CaseworkerB => new("cw-b", Roles.Caseworker, AgencyB, null);
    protected static UserScope Organizer => new("org", Roles.Organizer, null, null);
    protected UserScope EmployerUser => new("emp", Roles.Employer, null, EmployerId);

    protected MatchingCache Cache { get; private set; } = null!;
    protected ListMatchedVacancies Overview => new(Cache, Db);
    protected RankCandidates Candidates => new(Cache, Db);
    protected RankVacancies Vacancies => new(Cache, Db);
    protected GetMatchingCoverage Coverage => new(Cache, Db);
    protected ManageMatchWeights Weights => new(Db, new MatchWeightsInputValidator(), Clock);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Db.InitializeAsync();
        Cache = new MatchingCache(Db, Clock);
        Fair = await Db.InsertAsync(TestData.Fair());
        AgencyA = (await Db.InsertAsync(TestData.Agency("Agentur für Arbeit Kassel"))).Id;
        AgencyB = (await Db.InsertAsync(TestData.Agency("Jobcenter Stadt Kassel"))).Id;
        EmployerId = (await Db.InsertAsync(TestData.Employer())).Id;
        Welder = await Db.InsertAsync(TestData.Vacancy(Fair.Id, EmployerId, openings: 2));
        Exact = await Person(AgencyA, "Abel", ["24232"]);
        SameGroup = await Person(AgencyA, "Berger", ["24212"]);
        Unrelated = await Person(AgencyA, "Claus", ["71302"]);
        TooFar = await Person(AgencyA, "Dietz", ["24232"], postcode: "36251");
        Pupil = await Person(AgencyA, "Ernst", ["24232"], TargetGroup.SchoolLeaver);
        OtherAgencysBest = await Person(AgencyB, "Zander", ["24232"]);
    }

    public async ValueTask DisposeAsync()
    {
        Cache.Dispose();
        await Db.DisposeAsync();
    }

    protected async Task<Jobseeker> Person(int agencyId, string lastName, List<string> targets, TargetGroup group = TargetGroup.Adult, string postcode = "34117")
    {
        var person = TestData.Jobseeker(agencyId, group);
        person.LastName = lastName;
        person.TargetKldbCodes = targets;
        person.Postcode = postcode;
        return await Db.InsertAsync(person);
    }
}
