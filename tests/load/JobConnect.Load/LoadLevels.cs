using System.Collections.Concurrent;

namespace JobConnect.Load;

/// <summary>
/// The levels of an interactive run, whatever drives the users: users are added to the running ones (50, then
/// 100, then 200), each level is measured with all of its circuits open; per level the clicks' percentiles per
/// step, the server's CPU and memory (per circuit = RSS growth over the baseline / N) and its Blazor meters.
/// </summary>
public sealed class LoadLevels(Server server, TimeSpan thinkMin, TimeSpan thinkMax)
{
    private readonly List<Task> _users = [];
    private readonly ConcurrentQueue<(DateTimeOffset At, string Step, double Ms)> _clicks = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();

    public bool Stopping => _stop.IsCancellationRequested;

    /// <param name="startUser">opens user i (its page or circuit) and returns its running click loop</param>
    /// <param name="report">anything the driver adds to each level's report</param>
    public async Task RunAsync(int[] levels, TimeSpan measure, Func<int, Task<Task>> startUser, Func<string>? report = null)
    {
        Console.WriteLine($"think time {thinkMin.TotalSeconds:F0}–{thinkMax.TotalSeconds:F0} s between clicks, {measure.TotalSeconds:F0} s measured per level.");
        var baseline = server.Sample();
        Console.WriteLine($"before any user: server RSS {baseline.RssMb:F0} MB");
        foreach (var level in levels)
        {
            Console.WriteLine($"== {level} users: opening ({_users.Count} running) — {Uptime.Now()}");
            while (_users.Count < level)
            {
                _users.Add(await startUser(_users.Count));
            }
            // Let every new user finish a first click (page warm) before measuring.
            await Task.Delay(thinkMax);
            var start = server.Sample();
            var from = DateTimeOffset.UtcNow;
            Console.WriteLine($"measuring {measure.TotalSeconds:F0} s — {Uptime.Now()}");
            await Task.Delay(measure);
            var end = server.Sample();
            var to = DateTimeOffset.UtcNow;
            var clicks = _clicks.Where(c => c.At >= from && c.At <= to).ToList();
            Console.WriteLine($"-- {level} users, {clicks.Count} clicks ({clicks.Count / measure.TotalSeconds:F1}/s) — {Uptime.Now()}");
            Console.WriteLine($"all clicks: {Percentiles.Summary([.. clicks.Select(c => c.Ms)])}");
            foreach (var step in clicks.GroupBy(c => c.Step).OrderBy(g => g.Key))
            {
                Console.WriteLine($"  {step.Key}: {Percentiles.Summary([.. step.Select(c => c.Ms)])}");
            }
            Console.WriteLine(end.Since(start));
            Console.WriteLine($"memory per circuit: ({end.RssMb:F0} − {baseline.RssMb:F0} MB) / {level} = {(end.RssMb - baseline.RssMb) / level:F1} MB");
            if (report is not null)
            {
                Console.WriteLine(report());
            }
            Console.WriteLine("server's Blazor metrics in the window:");
            Console.WriteLine(server.Metrics.Summary(from, to));
            Console.WriteLine($"errors so far: {_errors.Count}{(_errors.IsEmpty ? "" : " — first: " + _errors.First())}");
        }
        await _stop.CancelAsync();
        await Task.WhenAll(_users);
    }

    /// <summary>The user's pause before its next click; false once the run is over.</summary>
    public async Task<bool> ThinkAsync(Random random)
    {
        try
        {
            await Task.Delay(thinkMin + (thinkMax - thinkMin) * random.NextDouble(), _stop.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Clicked(string step, double ms) => _clicks.Enqueue((DateTimeOffset.UtcNow, step, ms));

    public void Failed(string error) => _errors.Enqueue(error);
}
