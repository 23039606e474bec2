using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The employer's booth schedule (/employer/schedule) with its PDF download.</summary>
public sealed class BoothSchedulePage(IPage page)
{
    public ILocator MorningRows => page.GetByTestId("booth-Vormittag").Locator("tbody tr");
    public ILocator PdfButton => page.GetByTestId("booth-pdf");

    public async Task OpenAsync()
    {
        await page.GotoAsync("employer/schedule");
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    /// <summary>Clicks the PDF button and returns the downloaded file's bytes.</summary>
    public async Task<byte[]> DownloadPdfAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => PdfButton.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
