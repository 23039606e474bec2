using System.Globalization;

namespace JobConnect.Load;

/// <summary>
/// Server CPU per navigation: one signed-in caseworker clicks through the matching overview, a vacancy's
/// candidates and the caseload list, one click at a time; the server's CPU time (/proc) is read before each
/// click and 400 ms after its result is shown (trailing work included), so each step's cost is its own.
/// </summary>
public sealed class NavigationCost(Browser browser, Server server, LoadAccount caseworker)
{
    public async Task RunAsync(int rounds)
    {
        var context = await browser.SignedInAsync(caseworker);
        var page = await Browser.OpenAsync(context, "jobseekers");
        var results = new Dictionary<string, List<(double Cpu, double Click)>>();
        var from = DateTimeOffset.UtcNow;
        Console.WriteLine($"== server CPU per navigation, one user, {rounds} rounds (the first is warm-up) — {Uptime.Now()}");
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var step in InteractiveLoad.CaseworkerRound(1 + round % 5))
            {
                await Task.Delay(400);
                var before = server.Sample();
                var click = await Click.TimeAsync(page, step);
                await Task.Delay(400);
                var cpu = (server.Sample().CpuSeconds - before.CpuSeconds) * 1000;
                if (round > 0)
                {
                    (results.TryGetValue(step.Name, out var list) ? list : results[step.Name] = []).Add((cpu, click));
                }
            }
        }
        foreach (var (step, list) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {step}: server CPU mean {list.Average(l => l.Cpu):F0} ms (median {Percentiles.Of([.. list.Select(l => l.Cpu)], 50):F0} ms); click → shown {Percentiles.Summary([.. list.Select(l => l.Click)])}"));
        }
        Console.WriteLine("server's Blazor metrics over the run:");
        Console.WriteLine(server.Metrics.Summary(from, DateTimeOffset.UtcNow));
        Console.WriteLine($"done — {Uptime.Now()}");
        await context.CloseAsync();
    }
}
