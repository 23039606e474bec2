using JobConnect.Domain.Matching;

namespace JobConnect.Domain.Tests.Matching;

/// <summary>
/// The fast path must rank exactly like the reference: same entries, same points and scores, same
/// order (points descending, then id ascending), for full rankings and short top-k lists, vectorised
/// and scalar, on one thread and on several, in one cache tile and in many. The fast path prunes nothing, so no pair can be lost.
/// </summary>
public sealed class MatcherEquivalenceTests
{
    public static TheoryData<int, int, int, int> Pools => new()
    {
        // seed, people, vacancies, skill vocabulary (> 32 and > 64 use several bitset words)
        { 11, 150, 30, 20 },
        { 12, 203, 41, 40 },
        { 13, 97, 60, 70 },
        { 14, 333, 17, 100 },
        { 15, 1, 5, 10 },
        { 16, 9, 1, 10 },
    };

    private static void AssertSameRanking(MatchRanking expected, MatchRanking actual)
    {
        Assert.Equal(expected.VacancyIds.Order(), actual.VacancyIds.Order());
        Assert.Equal(expected.JobseekerIds.Order(), actual.JobseekerIds.Order());
        Assert.All(expected.VacancyIds, id => Assert.Equal(expected.ForVacancy(id), actual.ForVacancy(id)));
        Assert.All(expected.JobseekerIds, id => Assert.Equal(expected.ForJobseeker(id), actual.ForJobseeker(id)));
    }

    [Theory]
    [MemberData(nameof(Pools))]
    public void Fast_path_scores_and_ranks_exactly_like_the_reference(int seed, int people, int vacancies, int skills)
    {
        var (persons, jobs) = RandomPools.Create(seed, people, vacancies, skills);
        var weights = new Random(seed).Next(2) == 0 ? MatchWeights.Default : new MatchWeights { Occupation = 7, MustHaveSkills = 13, NiceToHaveSkills = 3, Distance = 11, WorkingTime = 2, StartDate = 5, GermanLevel = 1 };
        var pool = MatchingPool.Create(persons, jobs);

        foreach (var options in new[] { MatchRankingOptions.Full, new MatchRankingOptions { TopPerVacancy = 5, TopPerJobseeker = 3 }, new MatchRankingOptions { TopPerVacancy = 1, TopPerJobseeker = 1 } })
        {
            var reference = ReferenceMatcher.Rank(persons, jobs, weights, options);
            Assert.True(FastMatcher.IsVectorised, "this machine is expected to run the AVX2 kernel");
            AssertSameRanking(reference, FastMatcher.Rank(pool, weights, options, vectorised: true, parallelThreshold: long.MaxValue, tileSize: MatchScan.DefaultTileSize));
            AssertSameRanking(reference, FastMatcher.Rank(pool, weights, options with { Threads = 3 }, vectorised: true, parallelThreshold: 0, tileSize: 16));
            AssertSameRanking(reference, FastMatcher.Rank(pool, weights, options with { Threads = 2 }, vectorised: false, parallelThreshold: 0, tileSize: 24));
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Every_pairs_fast_points_equal_the_explained_points(int seed)
    {
        var (persons, jobs) = RandomPools.Create(seed, 120, 40, 50);
        var pool = MatchingPool.Create(persons, jobs);
        var people = persons.Where(p => !p.Archived).OrderBy(p => p.Id).ToList();
        var open = jobs.Where(j => j.Status is Vacancies.VacancyStatus.Reported or Vacancies.VacancyStatus.ChangePending).OrderBy(j => j.Id).ToList();

        for (var j = 0; j < open.Count; j++)
        {
            for (var i = 0; i < people.Count; i++)
            {
                // The employer exclusion is applied when a pair is offered to the heaps, not in the points.
                var expected = MatchScorer.Score(WithoutExclusions(people[i]), open[j], MatchWeights.Default).Points;
                var fast = MatchScan.Points(pool, MatchWeights.Default, j, i);
                Assert.Equal(expected, fast);
            }
        }
    }

    [Fact]
    public void Ties_are_broken_by_the_smaller_id_on_both_sides()
    {
        var people = Enumerable.Range(0, 20).Select(k => MatchBuilders.Person(id: 100 - k)).ToList();
        var jobs = Enumerable.Range(0, 5).Select(k => MatchBuilders.Job(id: 50 - k)).ToList();

        var ranking = FastMatcher.Rank(people, jobs, MatchWeights.Default, new MatchRankingOptions { TopPerVacancy = 3, TopPerJobseeker = 2 });

        Assert.Equal([81, 82, 83], ranking.ForVacancy(46).Select(m => m.JobseekerId));
        Assert.Equal([46, 47], ranking.ForJobseeker(90).Select(m => m.VacancyId));
        Assert.All(ranking.ForVacancy(46), m => Assert.Equal(100, m.Score));
    }

    [Fact]
    public void A_blocked_employer_never_sees_the_person_in_either_ranking()
    {
        var blocking = MatchBuilders.Person(id: 1);
        blocking.EmployerExclusions = [new Jobseekers.EmployerExclusion { EmployerId = 100 }];
        List<Jobseekers.Jobseeker> people = [blocking, MatchBuilders.Person(id: 2)];
        List<Vacancies.Vacancy> jobs = [MatchBuilders.Job(id: 10, employerId: 100), MatchBuilders.Job(id: 11, employerId: 101)];

        foreach (var ranking in new[] { FastMatcher.Rank(people, jobs, MatchWeights.Default), ReferenceMatcher.Rank(people, jobs, MatchWeights.Default) })
        {
            Assert.Equal([2], ranking.ForVacancy(10).Select(m => m.JobseekerId));
            Assert.Equal([11], ranking.ForJobseeker(1).Select(m => m.VacancyId));
            Assert.Equal([10, 11], ranking.ForJobseeker(2).Select(m => m.VacancyId));
        }
    }

    private static Jobseekers.Jobseeker WithoutExclusions(Jobseekers.Jobseeker person) => new()
    {
        Id = person.Id, ReferenceNumber = person.ReferenceNumber, FirstName = person.FirstName, LastName = person.LastName,
        Postcode = person.Postcode, TargetGroup = person.TargetGroup, TargetKldbCodes = person.TargetKldbCodes, Skills = person.Skills,
        GermanLevel = person.GermanLevel, HasDrivingLicence = person.HasDrivingLicence, SchoolCertificate = person.SchoolCertificate,
        WorkingTimeWishes = person.WorkingTimeWishes, MaxCommuteKm = person.MaxCommuteKm, EarliestStart = person.EarliestStart,
    };
}
