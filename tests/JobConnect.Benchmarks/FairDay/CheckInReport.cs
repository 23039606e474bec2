using System.Diagnostics;

namespace JobConnect.Benchmarks.FairDay;

/// <summary>
/// Console report (<c>--checkin-report</c>): 10 desks check in the Kassel morning (about 350 people) at once,
/// each its own share of the codes one after the other, while 17 booth pages reload on every check-in.
/// Latency per scan = the use case from the typed code to the person with their plan (what the desk shows).
/// </summary>
public static class CheckInReport
{
    private const int Desks = 10;

    public static async Task PrintAsync()
    {
        await using var desks = await CheckInDesks.CreateAsync();
        Console.WriteLine($"Kassel morning: {desks.Codes.Count} people, {desks.Employers.Count} booths open; {Environment.ProcessorCount} cores, load {Load()}");
        for (var round = 1; round <= 3; round++)
        {
            await desks.ResetArrivalsAsync();
            // Warm-up outside the measurement: JIT and SQLite pages.
            await desks.CheckIn.FindAsync(CheckInDesks.Desk, desks.Codes[0]);
            var latencies = new List<double>[Desks];
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Desks).Select(desk => Task.Run(async () =>
            {
                latencies[desk] = [];
                for (var i = desk; i < desks.Codes.Count; i += Desks)
                {
                    var watch = Stopwatch.StartNew();
                    var result = await desks.CheckIn.ByCodeAsync(CheckInDesks.Desk, desks.Codes[i], $"Eingang {desk + 1}");
                    latencies[desk].Add(watch.Elapsed.TotalMilliseconds);
                    if (result.AlreadyCheckedIn)
                    {
                        throw new InvalidOperationException("Each code is scanned once per round.");
                    }
                }
            })));
            wall.Stop();
            var reloads = await desks.DrainBoothReloadsAsync();
            var all = latencies.SelectMany(l => l).Order().ToList();
            Console.WriteLine($"round {round}: {all.Count} check-ins in {wall.Elapsed.TotalSeconds:0.00} s ({all.Count / wall.Elapsed.TotalSeconds:0} /s), "
                + $"p50 {Percentile(all, 0.50):0.0} ms, p95 {Percentile(all, 0.95):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms, max {all[^1]:0.0} ms; "
                + $"{reloads} booth reloads; load {Load()}");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
