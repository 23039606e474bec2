using BenchmarkDotNet.Attributes;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Benchmarks.Matching;

/// <summary>Kassel: 460 people × 60 vacancies, full ranking both ways. Target: fast path under 2 ms.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class KasselMatchingBenchmarks
{
    private List<Jobseeker> _people = null!;
    private List<Vacancy> _vacancies = null!;

    [GlobalSetup]
    public void Setup() => (_people, _vacancies) = MatchingPoolGenerator.Kassel();

    [Benchmark(Baseline = true)]
    public MatchRanking Reference() => ReferenceMatcher.Rank(_people, _vacancies, MatchWeights.Default, MatchRankingOptions.Full);

    /// <summary>Includes flattening the entities into the pool.</summary>
    [Benchmark]
    public MatchRanking Fast() => FastMatcher.Rank(_people, _vacancies, MatchWeights.Default, MatchRankingOptions.Full);
}
