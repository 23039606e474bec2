using System.Collections.Concurrent;
using JobConnect.Application.Identity;
using Microsoft.Playwright;

namespace JobConnect.Load;

/// <summary>
/// N signed-in users (three in four caseworkers, one in four employers), each a page of one Chromium with its
/// own circuit, clicking through the matching and booth pages with a think time between clicks; p95 of
/// click → rendered change per step, next to the server's CPU, memory and Blazor metrics. Users are added
/// to the running ones (50, then 100, then 200), so each level is measured with all of its circuits open.
/// </summary>
public sealed class InteractiveLoad(Browser browser, Server server, IReadOnlyList<LoadAccount> caseworkers, IReadOnlyList<LoadAccount> employers)
{
    /// <summary>A caseworker's round: the matching overview, a vacancy's candidates (row click), the caseload list.</summary>
    public static Step[] CaseworkerRound(int row) =>
    [
        new("matching overview", "nav a[href='matching']", "[data-testid='matched-vacancies'] tbody tr"),
        new("vacancy candidates", $"[data-testid='matched-vacancies'] tbody tr:nth-child({row})", "[data-testid='vacancy-title']"),
        new("caseload list", "nav a[href='jobseekers']", "[data-testid='jobseeker-grid'] tbody tr"),
    ];

    /// <summary>An employer's round: the booth's live view and the booth schedule.</summary>
    public static readonly Step[] EmployerRound =
    [
        new("booth live", "nav a[href='employer/booth']", "[data-testid='booth-table'], [data-testid='boothlive-empty']"),
        new("booth schedule", "nav a[href='employer/schedule']", "[data-testid='booth-pdf'], [data-testid='booth-empty']"),
    ];

    private readonly Dictionary<string, IBrowserContext> _contexts = [];
    private readonly List<Task> _users = [];
    private readonly ConcurrentQueue<(DateTimeOffset At, string Step, double Ms)> _clicks = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();

    public async Task RunAsync(int[] levels, TimeSpan measure, TimeSpan thinkMin, TimeSpan thinkMax)
    {
        Console.WriteLine($"Interactive load: think time {thinkMin.TotalSeconds:F0}–{thinkMax.TotalSeconds:F0} s between clicks, {measure.TotalSeconds:F0} s measured per level.");
        var baseline = server.Sample();
        Console.WriteLine($"before any user: server RSS {baseline.RssMb:F0} MB");
        foreach (var level in levels)
        {
            Console.WriteLine($"== {level} users: opening pages ({_users.Count} running) — {Uptime.Now()}");
            while (_users.Count < level)
            {
                var index = _users.Count;
                var page = await OpenUserPageAsync(index);
                _users.Add(Task.Run(() => ClickAroundAsync(page, index, thinkMin, thinkMax)));
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
            Console.WriteLine("server's Blazor metrics in the window:");
            Console.WriteLine(server.Metrics.Summary(from, to));
            Console.WriteLine($"errors so far: {_errors.Count}{(_errors.IsEmpty ? "" : " — first: " + _errors.First())}");
        }
        await _stop.CancelAsync();
        await Task.WhenAll(_users);
    }

    /// <summary>User i: a caseworker or an employer account (accounts are shared round-robin, one signed-in context each).</summary>
    private async Task<IPage> OpenUserPageAsync(int index)
    {
        var employer = index % 4 == 3;
        var accounts = employer ? employers : caseworkers;
        var account = accounts[(employer ? index / 4 : index - index / 4) % accounts.Count];
        if (!_contexts.TryGetValue(account.Email, out var context))
        {
            context = await browser.SignedInAsync(account);
            _contexts[account.Email] = context;
        }
        return await Browser.OpenAsync(context, employer ? "employer/booth" : "jobseekers");
    }

    private async Task ClickAroundAsync(IPage page, int index, TimeSpan thinkMin, TimeSpan thinkMax)
    {
        var random = new Random(index);
        var employer = index % 4 == 3;
        // The employer starts on the booth page, the caseworker on the caseload: the first step leads away from it.
        var round = employer ? EmployerRound.Reverse().ToArray() : CaseworkerRound(1 + index % 5);
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            try
            {
                await Task.Delay(thinkMin + (thinkMax - thinkMin) * random.NextDouble(), _stop.Token);
                var step = round[i % round.Length];
                var ms = await Click.TimeAsync(page, step);
                _clicks.Enqueue((DateTimeOffset.UtcNow, step.Name, ms));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (PlaywrightException e)
            {
                _errors.Enqueue($"user {index}: {e.Message.Split('\n')[0]}");
                // Back to a known page, and on with the round.
                await page.GotoAsync(employer ? "employer/booth" : "jobseekers");
                await Browser.WaitInteractiveAsync(page);
                i = -1;
            }
        }
    }
}
