using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Organizer;

[Collection(BrowserCollection.Name)]
public sealed class PhaseSettingsTests(BrowserSession browser)
{
    [Fact]
    public async Task The_organizer_changes_the_morning_and_the_change_is_kept()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var start = new StartPage(page);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Messephasen" }).ClickAsync();
        var phases = new PhaseSettingsPage(page);
        // The morning: the schedule test works on the afternoon of the same app.
        await Expect(phases.Phase("Vormittag")).ToBeVisibleAsync();
        await phases.Seats("Vormittag").FillAsync("340");
        await phases.AddBreakAsync("Vormittag", "12:00", "12:15");
        await phases.SaveAsync("Vormittag");

        await Expect(page.GetByText("Die Einstellungen der Phase „Vormittag“ sind gespeichert.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "organizer-phases");

        await page.ReloadAsync();
        await start.WaitUntilInteractiveAsync();
        await Expect(phases.Seats("Vormittag")).ToHaveValueAsync("340");
        await Expect(phases.BreakRows("Vormittag")).ToHaveCountAsync(2);
        await Expect(phases.BreakRows("Vormittag").Nth(1).Locator("input").First).ToHaveValueAsync("12:00");
    }

    [Fact]
    public async Task A_break_outside_the_phase_is_refused_at_the_breaks()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await page.GotoAsync("organizer/phases");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var phases = new PhaseSettingsPage(page);

        await phases.AddBreakAsync("Vormittag", "12:30", "13:00");
        await phases.SaveAsync("Vormittag");

        await Expect(phases.Phase("Vormittag")).ToContainTextAsync("Pausen müssen innerhalb der Phase liegen.");
        await Screenshots.SaveAsync(page, "organizer-phases-error");
    }
}
