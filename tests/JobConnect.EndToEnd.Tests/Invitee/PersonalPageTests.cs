using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Invitee;

/// <summary>
/// From paper to answer: a caseworker prints a letter, the person opens the link printed on it with a
/// phone, confirms and takes the plan into their calendar; the caseworker sees the confirmation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PersonalPageTests(BrowserSession browser)
{
    [GeneratedRegex(@"\S+/e/[2-9A-Z]{16}")]
    private static partial Regex PrintedLink();

    [Fact]
    public async Task A_phone_opens_the_link_from_the_letter_confirms_and_downloads_the_calendar_and_the_caseworker_sees_it()
    {
        var caseworker = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var list = new JobseekerListPage(caseworker);
        await list.OpenAsync();
        await list.FilterAsync("Erwachsene", "Erwachsene");
        // A row other browser tests leave alone (they invite the first ones).
        await list.TickAsync(7, expectedCount: 1);
        await list.InviteButton.ClickAsync();
        await Expect(caseworker.GetByText("1 Person(en) eingeladen.")).ToBeVisibleAsync();

        await caseworker.GotoAsync("invitations");
        await new StartPage(caseworker).WaitUntilInteractiveAsync();
        await Expect(caseworker.GetByTestId("invitations")).ToBeVisibleAsync();
        // The person just invited has the newest participant number (the invitation's id).
        var numbers = await caseworker.GetByTestId("invitations").Locator("tbody tr td:first-child").AllInnerTextsAsync();
        var newest = numbers.Select(n => n.Trim()).MaxBy(n => int.Parse(n[2..], System.Globalization.CultureInfo.InvariantCulture))!;
        var row = caseworker.GetByTestId("invitations").Locator("tbody tr").Filter(new() { HasText = newest });
        var name = (await row.Locator("td").Nth(2).InnerTextAsync()).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string firstName = name[0], lastName = name[^1];
        await row.Locator(".mud-menu button").First.ClickAsync();
        var download = await caseworker.RunAndWaitForDownloadAsync(() => caseworker.GetByRole(Microsoft.Playwright.AriaRole.Menuitem, new() { Name = "Einladungsschreiben (PDF)" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Directory.CreateDirectory(Screenshots.Folder);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "invitee-letter.pdf"), pdf);
        using var letter = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", letter.GetPage(1).GetWords().Select(w => w.Text));
        var shortLink = PrintedLink().Match(text).Value;
        Assert.False(string.IsNullOrEmpty(shortLink), text);
        // Printing the letter sent the invitation: the row says so.
        await Expect(row.GetByTestId("last-letter")).ToContainTextAsync("gedruckt");

        var phone = await browser.NewPageAsync(width: 360);
        await phone.GotoAsync("http://" + shortLink);
        await Expect(phone.GetByTestId("greeting")).ToContainTextAsync(firstName);
        await Expect(phone.GetByTestId("answer-state")).ToHaveTextAsync("Bitte sagen Sie zu oder ab.");
        await PageChecks.AssertFitsWidthAsync(phone);
        await PageChecks.AssertAccessibleAsync(phone);
        Assert.DoesNotContain(lastName, await phone.Locator("main").InnerTextAsync());
        await Screenshots.SaveAsync(phone, "invitee-page-phone");

        await phone.GetByTestId("confirm").ClickAsync();
        await Expect(phone.GetByTestId("answer-message")).ToHaveTextAsync("Danke! Ihre Zusage ist angekommen.");
        await Expect(phone.GetByTestId("answer-state")).ToHaveTextAsync("Sie haben zugesagt.");
        await Screenshots.SaveAsync(phone, "invitee-page-confirmed");

        var ics = await phone.RunAndWaitForDownloadAsync(() => phone.GetByTestId("calendar").ClickAsync());
        Assert.Equal("jobmesse.ics", ics.SuggestedFilename);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(await ics.PathAsync()))!;
        var visit = Assert.Single(calendar.Events, e => e.Summary!.StartsWith("Jobmesse", StringComparison.Ordinal));
        Assert.Equal("Europe/Berlin", visit.DtStart!.TzId);
        Assert.Contains("Ständehaus", visit.Location, StringComparison.Ordinal);

        await caseworker.ReloadAsync();
        await new StartPage(caseworker).WaitUntilInteractiveAsync();
        var answered = caseworker.GetByTestId("invitations").Locator("tbody tr").Filter(new() { HasText = newest });
        await Expect(answered.GetByTestId("status")).ToContainTextAsync("zugesagt");
        await Expect(answered.GetByTestId("answer")).ToContainTextAsync("Antwort über die persönliche Seite");
        await Screenshots.SaveAsync(caseworker, "invitee-caseworker-sees-confirmation");
    }
}
