using BenchmarkDotNet.Attributes;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Benchmarks.Matching;

/// <summary>
/// Regional pool (30,000 × 4,000; target under 1 s including the pool build) and the national worst
/// case (100,000 × 5,000, every pair in commuting range; target ≥ 200 M pairs/s on 2 threads).
/// Top 50 per vacancy and top 20 per person.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LargePoolMatchingBenchmarks
{
    private static readonly MatchRankingOptions Options = new() { TopPerVacancy = 50, TopPerJobseeker = 20 };
    private List<Jobseeker> _regionalPeople = null!;
    private List<Vacancy> _regionalVacancies = null!;
    private MatchingPool _national = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_regionalPeople, _regionalVacancies) = MatchingPoolGenerator.Regional();
        var (people, vacancies) = MatchingPoolGenerator.National();
        _national = MatchingPool.Create(people, vacancies);
    }

    [Benchmark]
    public MatchRanking RegionalIncludingPoolBuild() => FastMatcher.Rank(_regionalPeople, _regionalVacancies, MatchWeights.Default, Options);

    /// <summary>500 M pairs; divide by the mean to get pairs per second.</summary>
    [Benchmark]
    public MatchRanking NationalTwoThreads() => FastMatcher.Rank(_national, MatchWeights.Default, Options);
}
