using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The MudBlazor vacancy form, driven the way a person uses it.</summary>
public sealed class VacancyFormPage(IPage page)
{
    private ILocator Form => page.GetByTestId("vacancy-form");

    public ILocator Title => page.Locator("input[data-testid=title]");
    public ILocator Openings => page.Locator("input[data-testid=openings]");
    public ILocator Skills => page.GetByTestId("skill");

    public async Task ChooseKindAsync(string label) =>
        await Form.Locator("label.mud-radio", new() { HasText = label }).ClickAsync();

    /// <summary>Types into the KldB autocomplete and picks the suggestion containing <paramref name="option"/>.</summary>
    public async Task ChooseOccupationAsync(string typed, string option)
    {
        var input = page.Locator("input[data-testid=occupation]");
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        // The field shows the chosen occupation once the server has taken it (slow on a busy machine).
        await Expect(input).ToHaveValueAsync(new Regex("^" + Regex.Escape(option)), new() { Timeout = 20_000 });
    }

    public async Task FillAsync(string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}]");
        // A re-render of the form (the occupation picker settling) can wipe a value typed a moment earlier,
        // as a user would see it vanish; type it again then, before the form is saved without it.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await input.FillAsync(value);
            await input.PressAsync("Tab");
            if (await input.InputValueAsync() == value)
            {
                return;
            }
        }
        await Expect(input).ToHaveValueAsync(value);
    }

    public async Task ChooseAsync(string testId, string option)
    {
        await page.Locator($"input[data-testid={testId}]").Locator("xpath=..").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
    }

    public async Task SetCheckAsync(string label, bool on)
    {
        var box = Form.Locator("label.mud-checkbox", new() { HasText = label });
        if (await box.Locator("input").IsCheckedAsync() != on)
        {
            await box.ClickAsync();
        }
    }

    public async Task AddSkillAsync(string name, bool mustHave)
    {
        await page.Locator("input[data-testid=skill-name]").FillAsync(name);
        await page.GetByTestId(mustHave ? "add-must" : "add-nice").ClickAsync();
    }

    public async Task SaveAsync() => await page.GetByTestId("save").ClickAsync();
}
