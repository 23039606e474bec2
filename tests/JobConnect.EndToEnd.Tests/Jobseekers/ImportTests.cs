using System.Text;
using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Jobseekers;

/// <summary>
/// A caseworker imports a file as Excel saves it, with a few bad rows: sees the errors, imports the
/// good rows, downloads the rejected ones, fixes them and imports them too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportTests(BrowserSession browser)
{
    private const string Header = "Kundennummer;Anrede;Vorname;Nachname;PLZ;Ort;Geburtsdatum;Zielgruppe;Zielberufe (KldB);Kenntnisse;Deutschniveau;Einwilligung Profil";

    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Caseworker_imports_fixes_rejected_rows_and_imports_them_again()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(DemoSeeder.CaseworkerEmail, DemoSeeder.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/caseworker$"));

        var import = new JobseekerImportPage(page);
        await import.OpenAsync();
        await Screenshots.SaveAsync(page, "import-1-empty");

        // Windows-1252 as Excel's "CSV (Trennzeichen-getrennt)" writes it; a quoted field with a line break and a semicolon.
        var file = Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n",
            Header,
            "E2E-001;Frau;Jördis;Weißenbäcker;34117;Kassel;03.04.1988;Erwachsene;24232;\"CNC-Fräsen; Drehen\nStapler\";B2;ja",
            "E2E-002;Herr;Ömer;Öztürk-Schäfer;3411X;Kassel;12.11.1979;Erwachsene;25212;Schweißen;C1;nein",
            "E2E-003;Frau;Lena;Groß;34119;Kassel;01.09.2009;Schulabgänger;24412;;B2;ja",
            "E2E-004;Herr;Paul;;34127;Kassel;31.02.2009;Schulabgänger;26112;;C2;nein",
            "E2E-005;Frau;Anna;Müller;34121;Kassel;15.05.1990;Erwachsene;71302;Buchhaltung;C2;ja") + "\r\n");

        await import.ChooseFileAsync("bewerber-maerz.csv", file);

        // The first import of a cold server (JIT, shared CI cores) can take longer than Playwright's 5 s default.
        await Expect(import.Summary).ToContainTextAsync("5 Datenzeilen: 3 neu, 0 Aktualisierungen, 2 abgelehnt.", new() { Timeout = 20_000 });
        await import.OnlyRejectedSwitch.CheckAsync();
        await Expect(import.Problems).ToHaveCountAsync(3);
        await Expect(import.Problems.Nth(0)).ToHaveTextAsync("Spalte PLZ: Die PLZ muss aus 5 Ziffern bestehen.");
        await Expect(page.GetByTestId("import-rows")).ToContainTextAsync("Spalte Geburtsdatum: „31.02.2009“ ist kein gültiges Datum (TT.MM.JJJJ).");
        await Expect(page.GetByTestId("import-rows")).ToContainTextAsync("Spalte Nachname: Pflichtangabe fehlt.");
        await Screenshots.SaveAsync(page, "import-2-preview-with-errors");

        await import.ImportButton.ClickAsync();
        await Expect(import.Summary).ToContainTextAsync("Import abgeschlossen. 5 Datenzeilen: 3 neu angelegt, 0 aktualisiert, 2 abgelehnt.");
        await Screenshots.SaveAsync(page, "import-3-imported-with-rejected");

        var rejected = Encoding.UTF8.GetString(await import.DownloadRejectedAsync());
        var rejectedLines = rejected.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rejectedLines.Length);
        Assert.StartsWith(Header + ";Fehler", rejectedLines[0], StringComparison.Ordinal);
        Assert.Contains("E2E-002;Herr;Ömer;Öztürk-Schäfer;3411X", rejected, StringComparison.Ordinal);
        Assert.Contains("Spalte PLZ: Die PLZ muss aus 5 Ziffern bestehen.", rejected, StringComparison.Ordinal);

        var fixedFile = rejected.Replace(";3411X;", ";34117;", StringComparison.Ordinal)
            .Replace("Paul;;34127", "Paul;Becker;34127", StringComparison.Ordinal)
            .Replace("31.02.2009", "28.02.2009", StringComparison.Ordinal);
        await import.ChooseFileAsync("bewerber-maerz-abgelehnt.csv", Encoding.UTF8.GetBytes(fixedFile));
        await Expect(import.Summary).ToContainTextAsync("2 Datenzeilen: 2 neu, 0 Aktualisierungen, 0 abgelehnt.");
        await import.ImportButton.ClickAsync();
        await Expect(import.Summary).ToContainTextAsync("Import abgeschlossen. 2 Datenzeilen: 2 neu angelegt, 0 aktualisiert, 0 abgelehnt.");
        await Expect(import.DownloadRejectedButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "import-4-fixed-and-imported");

        // Importing the first file again updates by reference number instead of duplicating.
        await import.ChooseFileAsync("bewerber-maerz.csv", file);
        await Expect(import.Summary).ToContainTextAsync("5 Datenzeilen: 0 neu, 3 Aktualisierungen, 2 abgelehnt.");

        await page.GotoAsync("jobseekers");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await page.GetByLabel("Suche").FillAsync("E2E-");
        var grid = page.GetByTestId("jobseeker-grid");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(grid).ToContainTextAsync("Weißenbäcker, Jördis");
        await Screenshots.SaveAsync(page, "jobseekers-list");

        await grid.GetByText("Öztürk-Schäfer, Ömer").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Herr Ömer Öztürk-Schäfer");
        await Screenshots.SaveAsync(page, "jobseeker-detail");
    }
}
