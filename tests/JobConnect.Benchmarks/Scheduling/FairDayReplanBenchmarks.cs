using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using JobConnect.Domain.Scheduling;

namespace JobConnect.Benchmarks.Scheduling;

/// <summary>
/// "Fill freed slots" in the Kassel morning (350 people, 17 employers / 1–3 tables, 14 slots): the plan of
/// the main scheduler at 10:15 (slot 5 open), with 10 % no-shows, 60 % arrived, 5 % outcomes, the
/// organizer's pins (2 %) and 10 walk-ins. Target: under 200 ms warm.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FairDayReplanBenchmarks
{
    private readonly FairDayReplanner _replanner = new();
    private FairDayProblem _morning = null!;

    [GlobalSetup]
    public void Setup() => _morning = KasselMorningAtTenFifteen();

    [Benchmark]
    public int FillFreedSlots() => _replanner.Replan(_morning).ChangedPeople.Count;

    /// <summary>The fair-day instance; deterministic.</summary>
    public static FairDayProblem KasselMorningAtTenFifteen(int seed = 1)
    {
        var random = new Random(seed);
        var planned = FairGenerator.KasselMorning(seed);
        var stored = new ConversationScheduler().Schedule(planned).Conversations
            .Select(c => c with { IsPinned = random.Next(50) == 0 }).ToList();
        var ids = planned.People.Select(p => p.Id).ToList();
        var absent = ids.Where(_ => random.Next(10) == 0).ToHashSet();
        var walkIns = Enumerable.Range(1, 10).Select(i => new SchedulingPerson(5000 + i, 3)).ToList();
        // A walk-in fits like an invited person does: take the acceptable pairs of a random invited one.
        var walkInPairs = walkIns.SelectMany(w =>
        {
            var like = ids[random.Next(ids.Count)];
            return planned.Candidates.Where(c => c.PersonId == like).Select(c => c with { PersonId = w.Id });
        }).ToList();
        return new FairDayProblem
        {
            Phase = planned with { People = [.. planned.People, .. walkIns], Candidates = [.. planned.Candidates, .. walkInPairs] },
            Current = stored,
            FirstOpenSlot = 5,
            WithOutcome = stored.Where(c => c.Slot >= 5 && random.Next(20) == 0).Select(c => (c.PersonId, c.EmployerId)).ToHashSet(),
            Absent = absent,
            Present = ids.Where(id => !absent.Contains(id) && random.Next(10) < 6).Concat(walkIns.Select(w => w.Id)).ToHashSet(),
        };
    }

    /// <summary>Quick figures without BenchmarkDotNet: model size, result and warm wall time (min of 10 runs).</summary>
    public static void Report()
    {
        var problem = KasselMorningAtTenFifteen();
        var replanner = new FairDayReplanner();
        var result = replanner.Replan(problem);
        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 10; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            replanner.Replan(problem);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        Console.WriteLine($"Kassel morning at 10:15: {problem.Current.Count} stored conversations, {problem.Absent.Count} no-shows, "
            + $"{problem.Present.Count} present (10 walk-ins)");
        Console.WriteLine($"changed plans {result.ChangedPeople.Count}, moved {result.Moved}, added {result.Added}, kept {result.Kept}, "
            + $"served {result.Served}, optimal {result.IsProvablyOptimal}");
        Console.WriteLine($"wall time warm: min {times.Min():F1} ms, median {times.Order().ElementAt(times.Count / 2):F1} ms, max {times.Max():F1} ms");
        // On a shared machine the wall time mostly measures the queue for a core; the CPU time is what the re-plan costs.
        Console.WriteLine($"CPU time warm: min {cpu.Min():F1} ms, median {cpu.Order().ElementAt(cpu.Count / 2):F1} ms");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
