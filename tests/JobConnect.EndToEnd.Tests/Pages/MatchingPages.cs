using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The caseworker's matching pages: the vacancy overview and one vacancy's ranked candidates.</summary>
public sealed class MatchingPages(IPage page)
{
    public ILocator VacancyRows => page.GetByTestId("matched-vacancies").Locator("tbody tr");
    public ILocator CandidateRows => page.GetByTestId("candidates").Locator("tbody tr");
    public ILocator InviteButton => page.GetByTestId("invite-selected");

    public async Task OpenOverviewAsync()
    {
        await page.GotoAsync("matching");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Expect(VacancyRows.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }

    /// <summary>Opens the first vacancy with at least <paramref name="minimum"/> good candidates not yet invited ("good" − "of those invited").</summary>
    public async Task<string> OpenVacancyWithCandidatesAsync(int minimum)
    {
        for (var i = 0; i < await VacancyRows.CountAsync(); i++)
        {
            var row = VacancyRows.Nth(i);
            if (await NumberAsync(row, 4) - await NumberAsync(row, 5) >= minimum)
            {
                var title = (await row.Locator("td").Nth(1).Locator("a").InnerTextAsync()).Trim();
                await row.Locator("td").Nth(1).Locator("a").ClickAsync();
                await Expect(page.GetByTestId("vacancy-title")).ToHaveTextAsync(title);
                await Expect(CandidateRows.First).ToBeVisibleAsync();
                return title;
            }
        }
        throw new InvalidOperationException($"No vacancy with {minimum} candidates of this caseload.");
    }

    private static async Task<int> NumberAsync(ILocator row, int column) =>
        int.Parse(await row.Locator("td").Nth(column).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Last, First" as the candidate rows show it, and the reference number under it.</summary>
    public async Task<(string Name, string Reference)> CandidateAsync(int index)
    {
        var cell = CandidateRows.Nth(index).GetByTestId("candidate-name");
        var name = (await cell.Locator("a").InnerTextAsync()).Trim();
        var reference = (await cell.Locator(".mud-typography-caption").InnerTextAsync()).Split('·')[0].Trim();
        return (name, reference);
    }

    public async Task TickAsync(int index, int expectedCount)
    {
        var box = CandidateRows.Nth(index).Locator("td").First;
        await box.Locator(".mud-checkbox").First.ClickAsync();
        await Expect(InviteButton).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"\\({expectedCount}\\)"));
    }
}
