using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Matching;

/// <summary>
/// Ranks a whole pool both ways without an N × M matrix: people are split into contiguous ranges
/// (one per thread), each thread streams every vacancy over its range with a Vector256 kernel and
/// keeps bounded heaps — one for the current vacancy, one per person of its range. No pruning: every
/// pair is scored, so the result equals <see cref="ReferenceMatcher"/> exactly (docs/performance.md).
/// </summary>
public static class FastMatcher
{
    /// <summary>Below this many pairs one thread is faster than starting a second.</summary>
    private const long ParallelThreshold = 200_000;

    /// <summary>Whether the vectorised kernel runs on this machine (AVX2); otherwise a scalar loop does the same work.</summary>
    public static bool IsVectorised => MatchScan.IsVectorised;

    /// <summary>Builds a <see cref="MatchingPool"/> and ranks it.</summary>
    public static MatchRanking Rank(
        IEnumerable<Jobseeker> jobseekers,
        IEnumerable<Vacancy> vacancies,
        MatchWeights weights,
        MatchRankingOptions? options = null,
        Func<string, PostcodeArea?>? locate = null,
        SkillVocabulary? vocabulary = null) =>
        Rank(MatchingPool.Create(jobseekers, vacancies, locate, vocabulary), weights, options);

    /// <summary>Ranks a prepared pool both ways with the given weights.</summary>
    public static MatchRanking Rank(MatchingPool pool, MatchWeights weights, MatchRankingOptions? options = null) =>
        Rank(pool, weights, options, MatchScan.IsVectorised, ParallelThreshold, MatchScan.DefaultTileSize);

    internal static MatchRanking Rank(MatchingPool pool, MatchWeights weights, MatchRankingOptions? options, bool vectorised, long parallelThreshold, int tileSize)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(weights);
        options ??= new MatchRankingOptions();
        options.EnsureValid();
        weights.EnsureValid();

        var topPerVacancy = Math.Min(options.TopPerVacancy, pool.PersonCount);
        var topPerPerson = Math.Min(options.TopPerJobseeker, pool.VacancyCount);
        var blocks = pool.PaddedPersonCount / MatchingPool.Lanes;
        var pairs = (long)pool.PersonCount * pool.VacancyCount;
        var threads = pairs < parallelThreshold ? 1 : Math.Clamp(options.Threads, 1, Math.Max(1, blocks));

        var shared = new PersonHeaps(pool.PaddedPersonCount, topPerPerson);
        var scans = new MatchScan[threads];
        for (var t = 0; t < threads; t++)
        {
            var from = (int)((long)blocks * t / threads) * MatchingPool.Lanes;
            var to = (int)((long)blocks * (t + 1) / threads) * MatchingPool.Lanes;
            scans[t] = new MatchScan(pool, weights, shared, topPerVacancy, from, to, vectorised, tileSize);
        }

        if (threads == 1)
        {
            scans[0].Run();
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => scans[t].Run());
        }

        return Collect(pool, weights.Total, scans, shared, topPerVacancy);
    }

    private static MatchRanking Collect(MatchingPool pool, int totalWeight, MatchScan[] scans, PersonHeaps shared, int topPerVacancy)
    {
        RankedMatch Entry(int person, int vacancy, int points) =>
            new(pool.PersonIds[person], pool.VacancyIds[vacancy], MatchRules.Score(points, totalWeight), points);

        var byVacancy = new Dictionary<int, RankedMatch[]>(pool.VacancyCount);
        var merged = new List<long>();
        for (var j = 0; j < pool.VacancyCount; j++)
        {
            // Each thread's heap is exact for its people range, so the best of their union is exact overall.
            merged.Clear();
            foreach (var scan in scans)
            {
                merged.AddRange(scan.VacancyResults[j]);
            }

            merged.Sort();
            var count = Math.Min(topPerVacancy, merged.Count);
            var list = new RankedMatch[count];
            for (var k = 0; k < count; k++)
            {
                var key = merged[merged.Count - 1 - k];
                list[k] = Entry(RankingKey.Index(key), j, RankingKey.Points(key));
            }

            byVacancy[pool.VacancyIds[j]] = list;
        }

        var byJobseeker = new Dictionary<int, RankedMatch[]>(pool.PersonCount);
        for (var i = 0; i < pool.PersonCount; i++)
        {
            var heap = shared.Heap(i);
            heap.Sort();
            var list = new RankedMatch[heap.Length];
            for (var k = 0; k < heap.Length; k++)
            {
                var key = heap[heap.Length - 1 - k];
                list[k] = Entry(i, RankingKey.Index(key), RankingKey.Points(key));
            }

            byJobseeker[pool.PersonIds[i]] = list;
        }

        return new MatchRanking(byVacancy, byJobseeker);
    }
}

/// <summary>Each person's bounded heap of vacancy keys; threads own disjoint person ranges.</summary>
internal sealed class PersonHeaps(int people, int capacity)
{
    public int Capacity { get; } = capacity;

    public long[] Keys { get; } = new long[(long)people * capacity];

    public int[] Counts { get; } = new int[people];

    /// <summary>Points of the worst kept entry once the heap is full; −1 before (so every match enters).</summary>
    public int[] Floors { get; } = Enumerable.Repeat(-1, people).ToArray();

    public Span<long> Heap(int person) => Keys.AsSpan(person * Capacity, Counts[person]);
}
