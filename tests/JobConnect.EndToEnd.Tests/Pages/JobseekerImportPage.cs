using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The caseworker's import page: choose a file, read the preview, import, download rejected rows.</summary>
public sealed class JobseekerImportPage(IPage page)
{
    public ILocator Summary => page.GetByTestId("import-summary");
    public ILocator FileError => page.GetByTestId("import-error");
    public ILocator Problems => page.GetByTestId("import-problem");
    public ILocator ImportButton => page.GetByTestId("import-commit");
    public ILocator DownloadRejectedButton => page.GetByTestId("import-download-rejected");
    public ILocator OnlyRejectedSwitch => page.GetByLabel("Nur abgelehnte Zeilen zeigen");

    public async Task OpenAsync()
    {
        await page.GotoAsync("jobseekers/import");
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    public async Task ChooseFileAsync(string name, byte[] content) =>
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });

    /// <summary>Downloads the rejected rows and returns the file's bytes.</summary>
    public async Task<byte[]> DownloadRejectedAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => DownloadRejectedButton.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
