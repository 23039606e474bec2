using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>axe-core against the WCAG 2.0/2.1 A and AA rules (BITV 2.0); serious and critical findings only.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>One line per serious or critical rule broken on the page as it is now, prefixed with <paramref name="where"/>.</summary>
    public static async Task<IReadOnlyList<string>> FindingsAsync(IPage page, string where)
    {
        var results = await page.RunAxe(WcagAa);
        return results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => $"{n.Target} {n.Html} [{string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}]"))}")
            .ToList();
    }
}
