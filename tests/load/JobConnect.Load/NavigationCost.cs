namespace JobConnect.Load;

/// <summary>
/// Server CPU per navigation: one signed-in caseworker clicks through the matching overview, a vacancy's
/// candidates and the caseload list, one click at a time (<see cref="StepCosts"/>).
/// </summary>
public sealed class NavigationCost(Browser browser, Server server, LoadAccount caseworker)
{
    public async Task RunAsync(int rounds)
    {
        var context = await browser.SignedInAsync(caseworker);
        var page = await Browser.OpenAsync(context, "jobseekers");
        var costs = new StepCosts(server);
        var from = DateTimeOffset.UtcNow;
        Console.WriteLine($"== server CPU per navigation, one user, {rounds} rounds (the first is warm-up) — {Uptime.Now()}");
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var step in InteractiveLoad.CaseworkerRound(1 + round % 5))
            {
                await costs.MeasureAsync(step.Name, keep: round > 0, async () => (await Click.TimeAsync(page, step), 0));
            }
        }
        costs.Print("shown");
        Console.WriteLine("server's Blazor metrics over the run:");
        Console.WriteLine(server.Metrics.Summary(from, DateTimeOffset.UtcNow));
        Console.WriteLine($"done — {Uptime.Now()}");
        await context.CloseAsync();
    }
}
