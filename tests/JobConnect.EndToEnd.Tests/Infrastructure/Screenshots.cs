using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>Saves full-page screenshots under artifacts/screenshots at the repository root, for people to look at.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Just one element (e.g. a row of a long list), so the detail stays readable.</summary>
    public static async Task<string> SaveAsync(ILocator element, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JobConnect.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Path.GetTempPath();
    }
}
