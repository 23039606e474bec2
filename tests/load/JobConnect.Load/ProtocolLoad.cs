using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace JobConnect.Load;

/// <summary>A step of the protocol-level client: where the click leads and the text only the loaded new page renders.</summary>
public sealed record ProtocolStep(string Name, string Path, Regex Shows);

/// <summary>
/// The interactive load of <see cref="InteractiveLoad"/> with the protocol-level client (<see cref="BlazorCircuit"/>)
/// instead of Chromium pages: the same users (three in four caseworkers, one in four employers, accounts shared
/// round-robin), the same rounds and think time, one circuit per user. No browser on the machine, so N = 100 and
/// 200 fit on the 2 cores next to the server; what it leaves out is the browser's own work (applying the batch
/// to the DOM, layout, paint) and the JS answers' real values.
/// </summary>
public sealed partial class ProtocolLoad(Uri baseAddress, Server server, IReadOnlyList<LoadAccount> caseworkers, IReadOnlyList<LoadAccount> employers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static readonly ProtocolStep MatchingOverview = new("matching overview", "matching", MatchedVacancies());
    public static readonly ProtocolStep CaseloadList = new("caseload list", "jobseekers", CaseloadRow());
    public static readonly ProtocolStep BoothLive = new("booth live", "employer/booth", BoothLiveShown());
    public static readonly ProtocolStep BoothSchedule = new("booth schedule", "employer/schedule", BoothScheduleShown());

    /// <summary>
    /// A vacancy's candidates, reached from the overview by a row click: the row's click handler (read from the
    /// overview's render batches) runs on the server and navigates there, as in the browser.
    /// </summary>
    private static Task<(double Ms, IReadOnlyList<byte[]> Batches)> ClickVacancyRowAsync(BlazorCircuit circuit, IReadOnlyList<byte[]> overview, int row)
    {
        var rows = overview.SelectMany(RenderBatchReader.RowClickHandlers).ToList();
        return rows.Count == 0
            ? throw new InvalidOperationException("no row click handlers in the matching overview's render batches")
            : circuit.ClickAsync(rows[(row - 1) % rows.Count], VacancyTitle(), Timeout);
    }

    private const string VacancyCandidates = "vacancy candidates";

    /// <summary>Step i of a caseworker's round, as in the browser: the matching overview, a vacancy's candidates (row click), the caseload list.</summary>
    private static (string Name, Func<Task<(double Ms, IReadOnlyList<byte[]> Batches)>> Click) CaseworkerStep(BlazorCircuit circuit, int i, IReadOnlyList<byte[]> previous, int row) => (i % 3) switch
    {
        0 => Navigation(circuit, MatchingOverview),
        1 => (VacancyCandidates, () => ClickVacancyRowAsync(circuit, previous, row)),
        _ => Navigation(circuit, CaseloadList),
    };

    private static (string Name, Func<Task<(double Ms, IReadOnlyList<byte[]> Batches)>> Click) Navigation(BlazorCircuit circuit, ProtocolStep step) =>
        (step.Name, () => circuit.NavigateAsync(step.Path, step.Shows, Timeout));

    private readonly Dictionary<string, CookieContainer> _signedIn = [];

    /// <summary>
    /// Server CPU per navigation, one user, one click at a time (the <see cref="NavigationCost"/> round without a
    /// browser), after <paramref name="warmup"/> rounds: a freshly started server runs its first calls as
    /// unoptimised (tier-0) code and costs several times more per navigation until tiered compilation caught up.
    /// </summary>
    public async Task NavigationCostAsync(int rounds, int warmup)
    {
        var circuit = await BlazorCircuit.OpenAsync(baseAddress, await SignedInAsync(caseworkers[0]), CaseloadList.Path, CaseloadList.Shows, Timeout);
        var costs = new StepCosts(server);
        var from = DateTimeOffset.UtcNow;
        Console.WriteLine($"== server CPU per navigation, one protocol-level user, {rounds} rounds after {warmup} warm-up rounds — {Uptime.Now()}");
        for (var round = 1 - warmup; round <= rounds; round++)
        {
            IReadOnlyList<byte[]> previous = [];
            for (var i = 0; i < 3; i++)
            {
                var (name, click) = CaseworkerStep(circuit, i, previous, 1 + (round + warmup) % 5);
                previous = await costs.MeasureAsync(name, keep: round > 0, click);
            }
        }
        costs.Print("batch");
        Console.WriteLine("server's Blazor metrics over the run:");
        Console.WriteLine(server.Metrics.Summary(from, DateTimeOffset.UtcNow));
        PrintClientSide();
        Console.WriteLine($"done — {Uptime.Now()}");
        await circuit.DisposeAsync();
    }

    public async Task RunAsync(int[] levels, TimeSpan measure, TimeSpan thinkMin, TimeSpan thinkMax)
    {
        Console.Write("Interactive load, protocol-level client (no browser): ");
        var run = new LoadLevels(server, thinkMin, thinkMax);
        var client = ProcessSample.Of(Environment.ProcessId);
        await run.RunAsync(levels, measure, async index =>
        {
            var circuit = await OpenUserAsync(index);
            return Task.Run(() => ClickAroundAsync(run, circuit, index));
        }, () =>
        {
            // The load client shares the 2 cores with the server: its own CPU since the previous report.
            var now = ProcessSample.Of(Environment.ProcessId);
            var used = now.CpuSeconds - client.CpuSeconds;
            client = now;
            return string.Create(CultureInfo.InvariantCulture, $"load client's own CPU since the previous level: {used:F1} s, RSS {now.RssMb:F0} MB");
        });
        PrintClientSide();
    }

    private static void PrintClientSide()
    {
        Console.WriteLine($"render batches received {BlazorCircuit.Batches} ({BlazorCircuit.BatchBytes / 1024} KiB); JS calls answered: "
            + string.Join(", ", BlazorCircuit.JsCalls.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}")));
        Console.WriteLine($"circuit errors: {BlazorCircuit.Errors.Count}{(BlazorCircuit.Errors.IsEmpty ? "" : " — first: " + BlazorCircuit.Errors.First())}");
    }

    private async Task<CookieContainer> SignedInAsync(LoadAccount account)
    {
        if (!_signedIn.TryGetValue(account.Email, out var cookies))
        {
            cookies = await HttpSignIn.SignInAsync(baseAddress, account);
            _signedIn[account.Email] = cookies;
        }
        return cookies;
    }

    private async Task<BlazorCircuit> OpenUserAsync(int index)
    {
        var employer = index % 4 == 3;
        var accounts = employer ? employers : caseworkers;
        var account = accounts[(employer ? index / 4 : index - index / 4) % accounts.Count];
        var start = employer ? BoothLive : CaseloadList;
        return await BlazorCircuit.OpenAsync(baseAddress, await SignedInAsync(account), start.Path, start.Shows, Timeout);
    }

    private static async Task ClickAroundAsync(LoadLevels run, BlazorCircuit circuit, int index)
    {
        var random = new Random(index);
        var employer = index % 4 == 3;
        IReadOnlyList<byte[]> previous = [];
        await using (circuit)
        {
            // The employer starts on the booth page, the caseworker on the caseload: the first step leads away from it.
            for (var i = 0; await run.ThinkAsync(random); i++)
            {
                var (name, click) = employer ? Navigation(circuit, i % 2 == 0 ? BoothSchedule : BoothLive) : CaseworkerStep(circuit, i, previous, 1 + index % 5);
                try
                {
                    var (ms, batches) = await click();
                    previous = batches;
                    run.Clicked(name, ms);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    run.Failed($"user {index}, {name}: {e.Message}");
                }
            }
        }
    }

    [GeneratedRegex("matched-vacancies")]
    private static partial Regex MatchedVacancies();

    [GeneratedRegex("vacancy-title")]
    private static partial Regex VacancyTitle();

    /// <summary>A row's link to a person: the grid renders once empty, then with the rows of its ServerData call.</summary>
    [GeneratedRegex("jobseekers/[0-9]+")]
    private static partial Regex CaseloadRow();

    [GeneratedRegex("booth-table|boothlive-empty")]
    private static partial Regex BoothLiveShown();

    [GeneratedRegex("booth-pdf|booth-empty")]
    private static partial Regex BoothScheduleShown();
}
