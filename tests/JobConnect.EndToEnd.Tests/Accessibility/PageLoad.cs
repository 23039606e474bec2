using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>Opens a page and waits until it is what a person looks at: the circuit up and the data loaded.</summary>
public static class PageLoad
{
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await page.Locator("#app-ready").CountAsync() == 0)
        {
            return; // A static page (sign-in, the personal page): what was rendered is what the person gets.
        }
        await page.Locator("#app-ready[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        // Data still loading shows an indeterminate progress bar; the page is checked once it settled.
        try
        {
            await Assertions.Expect(page.Locator(".mud-progress-linear.mud-progress-indeterminate")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        }
        catch (PlaywrightException)
        {
            // A page that keeps a progress bar (a running job) is checked as it is.
        }
    }
}
