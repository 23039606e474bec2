using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The reports page (/reports): the funnel of a fair, its tables and downloads.</summary>
public sealed class ReportsPage(IPage page)
{
    public ILocator FairSelect => page.GetByTestId("report-fair");
    public ILocator SummaryButton => page.GetByTestId("report-summary-pdf");
    public ILocator Total => page.GetByTestId("report-total");
    public ILocator Gaps => page.GetByTestId("report-gap");

    public ILocator TotalRow(string step) => page.GetByTestId($"total-{step}");

    public async Task OpenAsync()
    {
        await page.GotoAsync("reports");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Total.WaitForAsync();
    }

    public async Task<(string FileName, byte[] Content)> DownloadAsync(ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 60_000 });
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    public async Task OpenTabAsync(string name) => await page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();
}

/// <summary>The attendance list (/attendance).</summary>
public sealed class AttendancePage(IPage page)
{
    public ILocator Rows => page.GetByTestId("attendance-table").Locator("tbody tr");
    public ILocator Counts => page.GetByTestId("attendance-counts");
    public ILocator PdfButton => page.GetByTestId("attendance-pdf");

    public async Task OpenAsync()
    {
        await page.GotoAsync("attendance");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await page.GetByTestId("attendance-table").WaitForAsync();
    }
}

/// <summary>The caseworker's follow-ups (/follow-ups).</summary>
public sealed class FollowUpsPage(IPage page)
{
    public ILocator OpenRows => page.Locator("[data-testid=followup-row][data-done=false]");
    public ILocator DoneRows => page.Locator("[data-testid=followup-row][data-done=true]");
    public ILocator Outcomes => page.GetByTestId("followup-outcomes");

    /// <summary>The chip that shows the due tasks (the default), every open one ("Open"), or the answered ones ("Done"), with their count.</summary>
    public ILocator Filter(string filter) => page.GetByTestId($"followup-filter-{filter}");

    public async Task ShowAsync(string filter) => await Filter(filter).ClickAsync();

    /// <summary>The count in a filter chip's label, e.g. 12 of "erledigt (12)".</summary>
    public async Task<int> CountAsync(string filter)
    {
        var label = await Filter(filter).InnerTextAsync();
        return int.Parse(label[(label.LastIndexOf('(') + 1)..label.LastIndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task OpenAsync()
    {
        await page.GotoAsync("follow-ups");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await page.GetByTestId("followup-tasks").WaitForAsync();
    }

    /// <summary>Opens the first open task, answers "interview held: yes, no contract yet" and saves.</summary>
    public async Task CompleteFirstOpenAsync()
    {
        await OpenRows.First.GetByTestId("followup-record").ClickAsync();
        await page.GetByTestId("followup-form").WaitForAsync();
        await page.GetByTestId("followup-held-Yes").ClickAsync();
        await page.GetByTestId("followup-save").ClickAsync();
    }
}
