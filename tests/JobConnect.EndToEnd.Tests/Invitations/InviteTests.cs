using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Invitations;

[Collection(BrowserCollection.Name)]
public sealed class InviteTests(BrowserSession browser)
{
    [Fact]
    public async Task A_caseworker_invites_two_adults_with_a_double_click_once_each_and_downloads_their_letters()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var list = new JobseekerListPage(page);
        await list.OpenAsync();
        // Adults only: the schedule test invites school leavers in the same app.
        await list.FilterAsync("Erwachsene", "Erwachsene");
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            names.Add(await list.NameInRowAsync(i));
            await list.TickAsync(i, expectedCount: i + 1);
        }

        await list.InviteButton.DblClickAsync();

        await Expect(page.GetByText("2 Person(en) eingeladen.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "caseworker-invited");

        await page.GotoAsync("invitations");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var rows = page.GetByTestId("invitations").Locator("tbody tr");
        foreach (var name in names)
        {
            // The list shows "Last, First"; the invitations page "First Last".
            var parts = name.Split(", ");
            await Expect(rows.Filter(new() { HasText = $"{parts[1]} {parts[0]}" })).ToHaveCountAsync(1);
        }
        await Screenshots.SaveAsync(page, "caseworker-invitations");

        // The letter batch of the caseworker's agency holds the two just invited.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("letters-Vormittag").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        using var letters = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
        var text = string.Join(" ", letters.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var name in names)
        {
            var parts = name.Split(", ");
            Assert.Contains($"{parts[1]} {parts[0]}", text);
        }
    }
}
