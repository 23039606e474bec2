using System.Diagnostics;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Benchmarks.Matching;

/// <summary>
/// Console report (<c>--matching-report</c>): warm wall time (best of several runs), pairs scored
/// per second, allocations and peak working set of the fast path, with the reference measured in
/// the same run (on a slice where the full pool would take minutes) and the fast result checked
/// against it on that slice.
/// </summary>
public static class MatchingReport
{
    private static readonly MatchRankingOptions Regional = new() { TopPerVacancy = 50, TopPerJobseeker = 20 };

    /// <param name="kernelOnly">Only the national fast rows (for tuning the kernel).</param>
    public static void Print(bool kernelOnly = false)
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}, " +
            $".NET {Environment.Version}, AVX2 kernel: {FastMatcher.IsVectorised}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine("instance | what | best ms | median ms | CPU ms (best run) | pairs | M pairs/s (best wall) | M pairs per CPU-s | allocated MB");

        if (kernelOnly)
        {
            var (people, vacancies) = MatchingPoolGenerator.National();
            var pool = MatchingPool.Create(people, vacancies);
            Row("National 100,000×5,000", "fast, 2 threads", (long)people.Count * vacancies.Count, 3, () => FastMatcher.Rank(pool, MatchWeights.Default, Regional));
            Row("National 100,000×5,000", "fast, 1 thread", (long)people.Count * vacancies.Count, 3, () => FastMatcher.Rank(pool, MatchWeights.Default, Regional with { Threads = 1 }));
            return;
        }

        var (kPeople, kVacancies) = MatchingPoolGenerator.Kassel();
        var kPairs = (long)kPeople.Count * kVacancies.Count;
        Row("Kassel 460×60", "fast, full ranking both ways, pool build included", kPairs, 50,
            () => FastMatcher.Rank(kPeople, kVacancies, MatchWeights.Default, MatchRankingOptions.Full));
        Row("Kassel 460×60", "pool build alone", kPairs, 50, () => MatchingPool.Create(kPeople, kVacancies));
        var kPool = MatchingPool.Create(kPeople, kVacancies);
        Row("Kassel 460×60", "fast, full ranking both ways, pool prebuilt", kPairs, 50,
            () => FastMatcher.Rank(kPool, MatchWeights.Default, MatchRankingOptions.Full));
        Row("Kassel 460×60", "reference, full ranking both ways", kPairs, 3,
            () => ReferenceMatcher.Rank(kPeople, kVacancies, MatchWeights.Default, MatchRankingOptions.Full));
        Check(kPeople, kVacancies, MatchRankingOptions.Full);

        var (rPeople, rVacancies) = MatchingPoolGenerator.Regional();
        var rPairs = (long)rPeople.Count * rVacancies.Count;
        Row("Regional 30,000×4,000", "fast, top 50 / top 20, pool build included", rPairs, 5,
            () => FastMatcher.Rank(rPeople, rVacancies, MatchWeights.Default, Regional));
        Row("Regional 30,000×4,000", "pool build alone", rPairs, 5, () => MatchingPool.Create(rPeople, rVacancies));
        var rPool = MatchingPool.Create(rPeople, rVacancies);
        Row("Regional 30,000×4,000", "fast, top 50 / top 20, pool prebuilt", rPairs, 5, () => FastMatcher.Rank(rPool, MatchWeights.Default, Regional));
        Check([.. rPeople.Take(3_000)], [.. rVacancies.Take(200)], Regional);
        rPool = null;

        var (nPeople, nVacancies) = MatchingPoolGenerator.National();
        var nPairs = (long)nPeople.Count * nVacancies.Count;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var nPool = MatchingPool.Create(nPeople, nVacancies);
        var poolBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var ranking = FastMatcher.Rank(nPool, MatchWeights.Default, Regional);
        var rankingBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore - poolBytes;
        Console.WriteLine($"National: pool retains {poolBytes / 1e6:0.0} MB, the ranking result {rankingBytes / 1e6:0.0} MB (GC heap after full collections)");
        GC.KeepAlive(ranking);
        ranking = null;
        var fast = Row("National 100,000×5,000", "fast, 2 threads, top 50 / top 20, pool prebuilt", nPairs, 3,
            () => FastMatcher.Rank(nPool, MatchWeights.Default, Regional));
        Row("National 100,000×5,000", "fast, 1 thread", nPairs, 2,
            () => FastMatcher.Rank(nPool, MatchWeights.Default, Regional with { Threads = 1 }));
        Row("National 100,000×5,000", "same pool and heaps, scalar kernel (no SIMD), 1 thread", nPairs, 1,
            () => FastMatcher.Rank(nPool, MatchWeights.Default, Regional with { Threads = 1 }, vectorised: false, parallelThreshold: long.MaxValue, MatchScan.DefaultTileSize));
        Row("National 100,000×5,000", "pool build alone", nPairs, 2, () => MatchingPool.Create(nPeople, nVacancies));
        List<Jobseeker> slicePeople = [.. nPeople.Take(10_000)];
        List<Vacancy> sliceVacancies = [.. nVacancies.Take(250)];
        var reference = Row("National slice 10,000×250", "reference, top 50 / top 20", (long)slicePeople.Count * sliceVacancies.Count, 1,
            () => ReferenceMatcher.Rank(slicePeople, sliceVacancies, MatchWeights.Default, Regional));
        Check(slicePeople, sliceVacancies, Regional);
        Console.WriteLine($"National: fast {fast / 1e6:0} M pairs/s vs reference {reference / 1e6:0.0} M pairs/s = {fast / reference:0}× ; " +
            $"peak working set of this process {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB (includes the generated entities and the reference run)");
        GC.KeepAlive(nPool);
    }

    /// <summary>Prints one row and returns the best pairs per second.</summary>
    private static double Row(string instance, string what, long pairs, int runs, Func<object> run)
    {
        run(); // warm-up: JIT up to tier 1 for the hot loops happens over the first runs
        if (runs > 5)
        {
            for (var k = 0; k < 30; k++)
            {
                run();
            }
        }

        // The cores are shared with other work: the CPU time this process used tells the kernel's own cost.
        var times = new List<(double Wall, double Cpu)>();
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (var k = 0; k < runs; k++)
        {
            var before = GC.GetTotalAllocatedBytes(true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(run());
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            times.Add((wall, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds));
            allocated = GC.GetTotalAllocatedBytes(true) - before;
        }

        times.Sort();
        var (best, cpu) = times[0];
        var median = times[times.Count / 2].Wall;
        Console.WriteLine($"{instance} | {what} | {best:0.000} | {median:0.000} | {cpu:0.0} | {pairs:N0} | {pairs / best / 1e3:0.0} | {(cpu > 0 ? $"{pairs / cpu / 1e3:0.0}" : "n/a")} | {allocated / 1e6:0.0}");
        return pairs / best * 1e3;
    }

    private static void Check(List<Jobseeker> people, List<Vacancy> vacancies, MatchRankingOptions options)
    {
        var expected = ReferenceMatcher.Rank(people, vacancies, MatchWeights.Default, options);
        var actual = FastMatcher.Rank(people, vacancies, MatchWeights.Default, options);
        var same = expected.VacancyIds.All(id => expected.ForVacancy(id).SequenceEqual(actual.ForVacancy(id)))
            && expected.JobseekerIds.All(id => expected.ForJobseeker(id).SequenceEqual(actual.ForJobseeker(id)));
        Console.WriteLine($"  check {people.Count}×{vacancies.Count}: fast ranking {(same ? "identical to" : "DIFFERS FROM")} the reference");
        if (!same)
        {
            throw new InvalidOperationException("Fast path and reference disagree.");
        }
    }
}
