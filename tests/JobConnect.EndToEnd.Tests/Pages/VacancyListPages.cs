using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>"Unsere Stellenangebote": the employer's own list.</summary>
public sealed class EmployerVacanciesPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("own-vacancies").Locator("tbody tr");

    public async Task OpenFromMenuAsync() => await page.GetByTestId("nav-own-vacancies").ClickAsync();

    public async Task StartNewAsync() => await page.GetByTestId("new-vacancy").ClickAsync();

    public ILocator Row(string title) => Rows.Filter(new() { HasText = title });

    public async Task OpenAsync(string title) => await Row(title).GetByTestId("vacancy-link").ClickAsync();
}

/// <summary>The organizers' overview of all vacancies with filters and exports.</summary>
public sealed class VacancyOverviewPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("vacancy-grid").Locator("tbody tr.mud-table-row");

    public async Task OpenFromMenuAsync() => await page.GetByTestId("nav-vacancies").ClickAsync();

    public async Task SearchAsync(string text) => await page.Locator("input[data-testid=filter-text]").FillAsync(text);

    public async Task<IDownload> ExportAsync(string format) =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"export-{format}").ClickAsync());
}
