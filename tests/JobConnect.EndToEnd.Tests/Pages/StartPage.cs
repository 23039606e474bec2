using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>A role's start page inside the interactive layout.</summary>
public sealed class StartPage(IPage page)
{
    public ILocator Heading => page.Locator("h1");
    public ILocator FairLine => page.GetByTestId("fair-line");
    public ILocator KeyFigures => page.GetByTestId("key-figures");
    public ILocator PhaseRows => page.GetByTestId("phase-figures").Locator("tbody tr");

    /// <summary>Waits until the SignalR circuit is up: clicks before that would do nothing.</summary>
    public async Task WaitUntilInteractiveAsync() =>
        await page.Locator("#app-ready[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task SignOutAsync() => await page.GetByTestId("logout").ClickAsync();
}
