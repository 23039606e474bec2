using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Invitations;

[Collection(BrowserCollection.Name)]
public sealed class InviteTests(BrowserSession browser)
{
    [Fact]
    public async Task A_caseworker_invites_two_adults_sees_them_on_the_invitations_page_and_downloads_their_letters()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(DemoSeeder.CaseworkerEmail, DemoSeeder.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/caseworker$"));
        await page.GotoAsync("jobseekers");
        await new StartPage(page).WaitUntilInteractiveAsync();

        // Adults only: the schedule test invites the school leavers of the same app.
        await page.GetByRole(AriaRole.Combobox).Or(page.Locator(".mud-select").First).First.ClickAsync();
        await page.GetByText("Erwachsene (Vormittag)").Last.ClickAsync();
        var rows = page.GetByTestId("jobseeker-grid").Locator("tbody tr");
        await Expect(rows.First.Locator("td").Nth(4)).ToHaveTextAsync("Vormittag (Erwachsene)", new() { Timeout = 20_000 });
        var invite = page.GetByTestId("invite-selected");
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var row = rows.Nth(i);
            names.Add((await row.Locator("td").Nth(2).InnerTextAsync()).Trim());
            await TickAsync(row, invite, expectedCount: i + 1);
        }
        await Expect(invite).ToBeEnabledAsync();
        await invite.ClickAsync();

        await Expect(page.GetByText("2 Person(en) eingeladen.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "caseworker-invited");

        await page.GotoAsync("invitations");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var table = page.GetByTestId("invitations");
        foreach (var name in names)
        {
            // The list shows "Last, First"; the invitations page "First Last".
            var parts = name.Split(", ");
            await Expect(table).ToContainTextAsync($"{parts[1]} {parts[0]}");
        }
        await Screenshots.SaveAsync(page, "caseworker-invitations");

        // The letter batch of the caseworker's agency holds the two just invited.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("letters-Morning").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        using var letters = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
        var text = string.Join(" ", letters.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var name in names)
        {
            var parts = name.Split(", ");
            Assert.Contains($"{parts[1]} {parts[0]}", text);
        }
    }

    /// <summary>
    /// Ticks a row's box and waits for the count on the invite button. A tick that lands while the grid is
    /// still re-rendering after the filter is lost, so it is repeated while the box is unticked.
    /// </summary>
    private static async Task TickAsync(ILocator row, ILocator invite, int expectedCount)
    {
        var count = new Regex($"\\({expectedCount}\\)");
        for (var attempt = 1; ; attempt++)
        {
            if (!await row.Locator("input[type=checkbox]").IsCheckedAsync())
            {
                await row.Locator("td").First.Locator(".mud-checkbox").First.ClickAsync();
            }
            try
            {
                await Expect(invite).ToHaveTextAsync(count, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                // Try again: the grid was busy.
            }
        }
    }
}
