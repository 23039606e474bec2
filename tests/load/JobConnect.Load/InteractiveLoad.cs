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

    public async Task RunAsync(int[] levels, TimeSpan measure, TimeSpan thinkMin, TimeSpan thinkMax)
    {
        Console.Write("Interactive load, Chromium pages: ");
        var run = new LoadLevels(server, thinkMin, thinkMax);
        await run.RunAsync(levels, measure, async index =>
        {
            var page = await OpenUserPageAsync(index);
            return Task.Run(() => ClickAroundAsync(run, page, index));
        });
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

    private static async Task ClickAroundAsync(LoadLevels run, IPage page, int index)
    {
        var random = new Random(index);
        var employer = index % 4 == 3;
        // The employer starts on the booth page, the caseworker on the caseload: the first step leads away from it.
        var round = employer ? EmployerRound.Reverse().ToArray() : CaseworkerRound(1 + index % 5);
        for (var i = 0; await run.ThinkAsync(random); i++)
        {
            var step = round[i % round.Length];
            try
            {
                run.Clicked(step.Name, await Click.TimeAsync(page, step));
            }
            catch (PlaywrightException e)
            {
                run.Failed($"user {index}: {e.Message.Split('\n')[0]}");
                // Back to a known page, and on with the round.
                await page.GotoAsync(employer ? "employer/booth" : "jobseekers");
                await Browser.WaitInteractiveAsync(page);
                i = -1;
            }
        }
    }
}
