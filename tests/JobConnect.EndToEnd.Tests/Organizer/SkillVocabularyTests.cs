using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Organizer;

/// <summary>An organizer extends the skills vocabulary with the keyboard; the page passes axe and fits a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SkillVocabularyTests(BrowserSession browser)
{
    [Fact]
    public async Task The_organizer_adds_a_synonym_by_keyboard_and_finds_it_with_the_term()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Kenntnis-Verzeichnis" }).ClickAsync();
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("skill-term-count")).ToContainTextAsync("Begriffen");
        await PageChecks.AssertAccessibleAsync(page);

        // Keyboard only: the kind stays "Synonym hinzufügen"; enter the synonym, Tab to the term, enter it, Tab on, Enter on saving.
        // (Each field's text is entered in one input event: key-by-key typing races the server's re-render on a loaded machine.)
        var wording = page.Locator("input[data-testid=skill-change-wording]");
        await wording.FillAsync("Hubwagenschein");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("input[data-testid=skill-change-into]")).ToBeFocusedAsync();
        await page.Locator("input[data-testid=skill-change-into]").FillAsync("Staplerschein");
        await page.Keyboard.PressAsync("Tab"); // leaving the field takes the typed term
        await Expect(page.Locator("input[data-testid=skill-change-into]")).ToHaveValueAsync("Staplerschein");
        await page.GetByTestId("skill-change-save").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("Das Verzeichnis ist geändert")).ToBeVisibleAsync();
        var row = page.GetByTestId("skill-terms").Locator("tbody tr").Filter(new() { Has = page.GetByTestId("skill-term-name").GetByText("Staplerschein") });
        await Expect(row.GetByTestId("skill-term-synonyms")).ToContainTextAsync("Hubwagenschein");
        await Expect(row).ToContainTextAsync("ergänzt");
        await Expect(page.GetByTestId("skill-changes")).ToContainTextAsync("„Hubwagenschein“ als Synonym von „Staplerschein“");
        await Screenshots.SaveAsync(page, "organizer-skill-vocabulary");

        await page.SetViewportSizeAsync(360, 800);
        await page.ReloadAsync();
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("skill-terms")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.AssertFitsWidthAsync(page);
        await Screenshots.SaveAsync(page, "organizer-skill-vocabulary-phone");
    }
}
