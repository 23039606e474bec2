using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>What every page must pass: axe without serious or critical findings, and no sideways scrolling on a 360 px phone.</summary>
public static class PageChecks
{
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }

    public static async Task AssertFitsWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url}: {widths[0]} px of content in a {widths[1]} px wide window.");
    }
}
