using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Reports;

/// <summary>After the fair, in the browser: the organizer's dashboard and its summary PDF, the caseworker's attendance list and follow-ups.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AfterTheFairTests(BrowserSession browser)
{
    [Fact]
    public async Task The_organizer_opens_the_dashboard_of_the_past_fair_and_downloads_the_summary_pdf()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var reports = new ReportsPage(page);
        await reports.OpenAsync();

        // The demo's autumn fair recorded everything: no "not recorded" notes, real numbers in every step.
        await Expect(reports.FairSelect).ToContainTextAsync("Herbst");
        await Expect(reports.Gaps).ToHaveCountAsync(0);
        await Expect(reports.TotalRow("Arrived")).Not.ToContainTextAsync("nicht erfasst");
        await Expect(reports.TotalRow("Jobs")).Not.ToContainTextAsync("nicht erfasst");
        await Expect(page.Locator(".mud-chart").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "reports-organizer");
        await PageChecks.AssertAccessibleAsync(page);
        await reports.OpenTabAsync("Vergleich der Jahre");
        await Expect(page.GetByTestId("table-YearOnYear").Locator("thead th")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(page, "reports-year-on-year");

        var (name, pdf) = await reports.DownloadAsync(reports.SummaryButton);

        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "reports-summary.pdf"), pdf, TestContext.Current.CancellationToken);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Ergebnis job-connect Kassel Herbst", text);
        Assert.Contains("Erschienen", text);
        Assert.Contains("Arbeitsvertrag", text);
        Assert.Contains("früheren Messen", text);
        Assert.DoesNotContain("nicht erfasst", text);
    }

    [Fact]
    public async Task The_dashboard_fits_a_phone()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await page.SetViewportSizeAsync(360, 740);
        await new ReportsPage(page).OpenAsync();

        await Screenshots.SaveAsync(page, "reports-phone");
        await PageChecks.AssertFitsWidthAsync(page);
    }

    [Fact]
    public async Task A_caseworker_opens_the_attendance_list_and_completes_a_follow_up()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var attendance = new AttendancePage(page);
        await attendance.OpenAsync();

        await Expect(attendance.Counts).ToContainTextAsync("anwesend");
        Assert.True(await attendance.Rows.CountAsync() > 10);
        // Only the own agency's clients: no agency column, and the list says whose it is on paper.
        await Expect(page.GetByTestId("attendance-table").Locator("thead")).Not.ToContainTextAsync("Agentur / Jobcenter");
        await Screenshots.SaveAsync(page, "attendance-caseworker");
        await PageChecks.AssertAccessibleAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => attendance.PdfButton.ClickAsync(), new() { Timeout = 60_000 });
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)))
        {
            var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("Anwesenheitsliste", text);
            Assert.Contains("Agentur für Arbeit Kassel", text);
            Assert.DoesNotContain("Jobcenter Stadt Kassel", text);
        }

        var followUps = new FollowUpsPage(page);
        await followUps.OpenAsync();
        await Expect(followUps.Outcomes).ToBeVisibleAsync();
        var done = await followUps.CountAsync("Done");
        var due = await followUps.CountAsync("Due");
        Assert.True(due > 0, "the demo caseworker has follow-ups due");
        await Expect(followUps.OpenRows).ToHaveCountAsync(due);
        await Screenshots.SaveAsync(page, "follow-ups-caseworker");
        await PageChecks.AssertAccessibleAsync(page);

        await followUps.CompleteFirstOpenAsync();

        await Expect(page.GetByText("Nachverfolgung für")).ToBeVisibleAsync();
        await Expect(followUps.Filter("Done")).ToContainTextAsync($"({done + 1})");
        await Expect(followUps.OpenRows).ToHaveCountAsync(due - 1);
        await followUps.ShowAsync("Done");
        await Expect(followUps.DoneRows).ToHaveCountAsync(done + 1);
        await Screenshots.SaveAsync(page, "follow-ups-completed");
    }
}
