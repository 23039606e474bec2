using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The organizer's schedule grid: booths × tables down, slots across.</summary>
public sealed class SchedulePage(IPage page)
{
    public ILocator RunResult => page.GetByTestId("run-result");
    public ILocator MoveMessage => page.GetByTestId("move-message");

    public ILocator Cell(string booth, int table, TimeOnly slot) =>
        page.Locator($"td[data-testid=cell][data-booth='{booth}'][data-table='{table}'][data-slot='{slot:HH\\:mm}']");

    public async Task OpenAsync(string phaseKind)
    {
        await page.GotoAsync("organizer/schedule");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await page.GetByTestId($"show-{phaseKind}").ClickAsync();
    }

    public async Task RunAsync() => await page.GetByTestId("run-scheduler").ClickAsync();

    /// <summary>Picks the conversation in the first cell and drops it on the second.</summary>
    public async Task MoveAsync(ILocator from, ILocator to)
    {
        await from.ClickAsync();
        await Assertions.Expect(from).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await to.ClickAsync();
    }
}
