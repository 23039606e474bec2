using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The organizer's weights form; criteria by their enum name, e.g. "Distance".</summary>
public sealed class MatchWeightsPage(IPage page)
{
    public ILocator Weight(string criterion) => page.GetByTestId($"weight-{criterion}");
    public ILocator Share(string criterion) => page.GetByTestId($"share-{criterion}");

    public async Task OpenAsync()
    {
        await page.GotoAsync("organizer/matching-weights");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Expect(Weight("Occupation")).ToBeVisibleAsync();
    }

    public async Task SetAsync(string criterion, int weight)
    {
        await Weight(criterion).FillAsync(weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Weight(criterion).PressAsync("Tab");
    }

    public async Task SaveAsync()
    {
        await page.GetByTestId("save-weights").ClickAsync();
        await Expect(page.GetByText("Gewichtung gespeichert")).ToBeVisibleAsync();
    }

    public async Task ResetAsync()
    {
        await page.GetByTestId("reset-weights").ClickAsync();
        await Expect(page.GetByText("Standardgewichtung wiederhergestellt.")).ToBeVisibleAsync();
    }
}
