using BenchmarkDotNet.Attributes;
using JobConnect.Application.Features.FairDay;

namespace JobConnect.Benchmarks.FairDay;

/// <summary>One scan at each of 10 desks at once (10 different people), 17 booth pages reloading on each check-in.</summary>
[MemoryDiagnoser]
public class CheckInBenchmarks
{
    private const int Desks = 10;
    private CheckInDesks _desks = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _desks = CheckInDesks.CreateAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _desks.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void Rewind()
    {
        if (_next + Desks > _desks.Codes.Count)
        {
            _desks.ResetArrivalsAsync().GetAwaiter().GetResult();
            _next = 0;
        }
    }

    [Benchmark(Description = "10 desks scan at once")]
    public async Task<int> TenDesks()
    {
        var codes = Enumerable.Range(_next, Desks).Select(i => _desks.Codes[i]).ToList();
        _next += Desks;
        var results = await Task.WhenAll(codes.Select((code, desk) => _desks.CheckIn.ByCodeAsync(CheckInDesks.Desk, code, $"Eingang {desk + 1}")));
        await _desks.DrainBoothReloadsAsync();
        return results.Count(r => !r.AlreadyCheckedIn);
    }
}
