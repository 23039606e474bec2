using System.Globalization;

namespace JobConnect.Load;

/// <summary>What the server process and the machine used, from /proc (Linux): CPU seconds and resident memory.</summary>
public sealed record ProcessSample(DateTimeOffset At, double CpuSeconds, double RssMb, double MachineBusySeconds, double MachineSeconds)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessSample Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields after "pid (comm) ": state is [0], utime [11], stime [12].
        var cpu = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        var rssKb = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = machine[3] + machine[4];
        return new ProcessSample(DateTimeOffset.UtcNow, cpu, long.Parse(rssKb, CultureInfo.InvariantCulture) / 1024.0,
            (machine.Sum() - idle) / TicksPerSecond, machine.Sum() / TicksPerSecond);
    }

    /// <summary>Server CPU seconds, and of the machine's busy CPU seconds how many were the server's, between two samples.</summary>
    public string Since(ProcessSample start)
    {
        var server = CpuSeconds - start.CpuSeconds;
        var busy = MachineBusySeconds - start.MachineBusySeconds;
        var wall = (At - start.At).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"server CPU {server:F1} s in {wall:F0} s wall ({server / wall * 100:F0} % of one core); machine busy {busy:F1} of {MachineSeconds - start.MachineSeconds:F0} CPU-s; server RSS {RssMb:F0} MB");
    }
}

/// <summary>
/// Reads the server's Blazor metrics file (<c>Diagnostics:BlazorMetricsLog</c>: unix ms, instrument, value)
/// and summarises a time window: each histogram's count and percentiles, counters' sums, up-down counters' level.
/// </summary>
public sealed class BlazorMetrics(string path)
{
    private sealed record Line(long Ms, string Instrument, double Value);

    public string Summary(DateTimeOffset from, DateTimeOffset to)
    {
        if (!File.Exists(path))
        {
            return "  (no Blazor metrics file)";
        }
        var lines = Read().ToList();
        var (start, end) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        var window = lines.Where(l => l.Ms >= start && l.Ms <= end).ToList();
        var report = new List<string>();
        foreach (var instrument in lines.Select(l => l.Instrument).Distinct().Order())
        {
            var values = window.Where(l => l.Instrument == instrument).Select(l => l.Value).ToList();
            if (instrument.Contains("active", StringComparison.Ordinal) || instrument.Contains("connected", StringComparison.Ordinal))
            {
                // Up-down counters: the level at the window's end is the sum of every change so far.
                var level = lines.Where(l => l.Instrument == instrument && l.Ms <= end).Sum(l => l.Value);
                report.Add(string.Create(CultureInfo.InvariantCulture, $"  {instrument}: {level:F0} at the end"));
            }
            else if (IsDuration(instrument))
            {
                var ms = values.Select(v => v * 1000).ToList();
                report.Add($"  {instrument}: {Percentiles.Summary(ms)}{string.Create(CultureInfo.InvariantCulture, $" sum={ms.Sum() / 1000:F1} s")}");
            }
            else if (values.Count > 0)
            {
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {instrument}: n={values.Count} sum={values.Sum():F0} p50={Percentiles.Of(values, 50):F0} p95={Percentiles.Of(values, 95):F0}"));
            }
        }
        return string.Join(Environment.NewLine, report);
    }

    /// <summary>How many measurements an instrument (e.g. "render_diff.duration": one per render batch) took in a window.</summary>
    public int Count(string instrumentEnding, DateTimeOffset from, DateTimeOffset to)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        var (start, end) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        return Read().Count(l => l.Ms >= start && l.Ms <= end && l.Instrument.EndsWith(instrumentEnding, StringComparison.Ordinal));
    }

    private static bool IsDuration(string instrument) =>
        instrument.Contains("duration", StringComparison.Ordinal) || instrument.EndsWith("event_handler", StringComparison.Ordinal)
        || instrument.EndsWith("render_batch", StringComparison.Ordinal);

    private IEnumerable<Line> Read()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } text)
        {
            var parts = text.Split(',');
            if (parts.Length == 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ms)
                && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var value))
            {
                yield return new Line(ms, parts[1], value);
            }
        }
    }
}
