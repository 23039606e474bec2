using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The organizers' fair-day documents page (/organizer/documents).</summary>
public sealed class DocumentsPage(IPage page)
{
    public ILocator PackButton => page.GetByTestId("doc-pack");
    public ILocator MasterButton => page.GetByTestId("doc-master");
    public ILocator BoothList => page.GetByTestId("doc-booth-list");

    public async Task OpenAsync()
    {
        await page.GotoAsync("organizer/documents");
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    public async Task<(string FileName, byte[] Content)> DownloadAsync(ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 60_000 });
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }
}
