using BenchmarkDotNet.Attributes;
using JobConnect.Domain.Scheduling;

namespace JobConnect.Benchmarks.Scheduling;

/// <summary>Both Kassel phases (350 + 120 people, 17 employers). Target: optimal in under 100 ms warm.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class KasselSchedulingBenchmarks
{
    private readonly ConversationScheduler _scheduler = new();
    private SchedulingProblem _morning = null!;
    private SchedulingProblem _afternoon = null!;

    [GlobalSetup]
    public void Setup()
    {
        _morning = FairGenerator.KasselMorning();
        _afternoon = FairGenerator.KasselAfternoon();
    }

    [Benchmark(Baseline = true)]
    public long Greedy() =>
        GreedyScheduler.Schedule(_morning).Metrics.Objective + GreedyScheduler.Schedule(_afternoon).Metrics.Objective;

    [Benchmark]
    public long Optimal() =>
        _scheduler.Schedule(_morning).Metrics.Objective + _scheduler.Schedule(_afternoon).Metrics.Objective;
}
