using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// Every page a demo role can reach by following the app's own links, checked with axe against the
/// WCAG 2.0/2.1 A and AA rules (BITV 2.0): no serious or critical finding anywhere. Pages of the same
/// route with another id (<c>/jobseekers/12</c>, <c>/jobseekers/13</c>) are checked once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryPageTests(BrowserSession browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>More than any role has today; a crawl that reaches it has found a link loop.</summary>
    private const int MaxPagesPerRole = 60;

    [Theory]
    [InlineData("Organizer")]
    [InlineData("Caseworker")]
    [InlineData("Employer")]
    public async Task Every_page_a_role_reaches_has_no_serious_or_critical_accessibility_finding(string role)
    {
        var page = await browser.SignedInPageAsync(await EmailOfAsync(role));
        var visited = await CrawlAsync(page, "/");

        Assert.True(visited.Checked.Count >= 3, $"{role}: only {visited.Checked.Count} pages reached: {string.Join(", ", visited.Checked)}");
        Assert.True(visited.Findings.Count == 0, $"{role}, {visited.Checked.Count} pages checked:\n{string.Join("\n", visited.Findings)}");
    }

    [Fact]
    public async Task The_pages_before_sign_in_have_no_serious_or_critical_accessibility_finding()
    {
        var page = await browser.NewPageAsync();
        var findings = new List<string>();
        foreach (var path in new[] { "/account/login", "/account/forgot-password", "/register" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await FindingsAsync(page, path));
        }

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    private sealed record Crawl(List<string> Checked, List<string> Findings);

    private static async Task<Crawl> CrawlAsync(IPage page, string start)
    {
        var queue = new Queue<string>([start]);
        var seenRoutes = new HashSet<string>();
        var crawl = new Crawl([], []);
        while (queue.Count > 0 && crawl.Checked.Count < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            if (!seenRoutes.Add(RouteOf(path)))
            {
                continue;
            }
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Interactive pages are checked once their circuit has rendered; account pages stay static.
            try
            {
                await page.Locator("#app-ready[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
                // A static page (change password, authenticator set-up): what was rendered is what the user gets.
            }
            crawl.Checked.Add(path);
            crawl.Findings.AddRange(await FindingsAsync(page, path));
            foreach (var link in await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].filter(a => a.origin === location.origin && !a.hasAttribute('download')).map(a => a.pathname)"))
            {
                if (IsPage(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return crawl;
    }

    private static async Task<IEnumerable<string>> FindingsAsync(IPage page, string path)
    {
        var results = await page.RunAxe(WcagAa);
        return results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
    }

    /// <summary>The app's own pages; downloads, sign-out and other sites are not pages to check.</summary>
    private static bool IsPage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.Contains("logout", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/export", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/download", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/_", StringComparison.Ordinal)
        && !FileName().IsMatch(href.Split('?', '#')[0])
        && !href.Contains("culture", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>/jobseekers/12/edit</c> and <c>/jobseekers/13/edit</c> are one route.</summary>
    private static string RouteOf(string path) => Number().Replace(path.TrimEnd('/'), "/{id}");

    private async Task<string> EmailOfAsync(string role)
    {
        if (role == "Organizer")
        {
            return DemoSeeder.OrganizerEmail;
        }
        if (role == "Caseworker")
        {
            return DemoSeeder.CaseworkerEmail;
        }
        using var scope = browser.App.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return logins.First(l => l.Role == role).Email;
    }

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\.[a-z0-9]{2,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
