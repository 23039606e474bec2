namespace JobConnect.Load;

/// <summary>The app process under load: its pid (for /proc) and its Blazor metrics file.</summary>
public sealed class Server(int pid, string metricsPath)
{
    public BlazorMetrics Metrics { get; } = new(metricsPath);

    public ProcessSample Sample() => ProcessSample.Of(pid);
}

/// <summary>The machine's load averages, printed next to every figure: the machine is shared.</summary>
public static class Uptime
{
    public static string Now() => $"{DateTimeOffset.UtcNow:HH:mm:ss} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[..3].Aggregate((a, b) => a + " " + b)}";
}
