using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The caseworker's list of jobseekers with its selection and the invite button.</summary>
public sealed class JobseekerListPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("jobseeker-grid").Locator("tbody tr");
    public ILocator InviteButton => page.GetByTestId("invite-selected");

    public async Task OpenAsync()
    {
        await page.GotoAsync("jobseekers");
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    /// <summary>Filters by target group, e.g. "Erwachsene", and waits until the first row shows that group.</summary>
    public async Task FilterAsync(string group, string phase)
    {
        await page.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = group }).ClickAsync();
        await Expect(Rows.First.Locator("td").Nth(4)).ToHaveTextAsync(phase, new() { Timeout = 20_000 });
    }

    public async Task<string> NameInRowAsync(int index) => (await Rows.Nth(index).Locator("td").Nth(2).InnerTextAsync()).Trim();

    /// <summary>Ticks a row (or, with <c>null</c>, the header's "all") and waits for the count on the invite button.</summary>
    public async Task TickAsync(int? row, int expectedCount)
    {
        var box = row is { } i ? Rows.Nth(i).Locator("td").First : page.GetByTestId("jobseeker-grid").Locator("thead th").First;
        var count = new Regex($"\\({expectedCount}\\)");
        // A tick that lands while the grid re-renders after the filter is lost; repeat while the box is unticked.
        for (var attempt = 1; ; attempt++)
        {
            if (!await box.Locator("input[type=checkbox]").IsCheckedAsync())
            {
                await box.Locator(".mud-checkbox").First.ClickAsync();
            }
            try
            {
                await Expect(InviteButton).ToHaveTextAsync(count, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                // The grid was busy; try again.
            }
        }
    }
}
