using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Jobseekers;

/// <summary>A caseworker records a person by hand; an organizer then finds the access in the audit log.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JobseekerFormTests(BrowserSession browser)
{
    private const float FirstResponse = 20_000;

    [Fact]
    public async Task Caseworker_creates_a_jobseeker_after_fixing_the_marked_fields_and_the_organizer_sees_it_logged()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(DemoSeeder.CaseworkerEmail, DemoSeeder.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/caseworker$"));

        await page.GotoAsync("jobseekers/new");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await page.GetByTestId("field-reference").FillAsync("FORM-001");
        await page.GetByTestId("field-first-name").FillAsync("Hülya");
        await page.GetByTestId("field-last-name").FillAsync("Karagöz");
        await page.GetByTestId("field-postcode").FillAsync("3411");
        await page.GetByTestId("save").ClickAsync();

        // The first validation of a cold server (JIT, shared CI cores) can take longer than Playwright's 5 s default.
        await Expect(page.GetByTestId("form-error")).ToHaveTextAsync("Bitte prüfen Sie die markierten Felder.", new() { Timeout = FirstResponse });
        await Expect(page.GetByText("Die PLZ muss aus 5 Ziffern bestehen.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("kldb-errors")).ToHaveTextAsync("Mindestens ein Zielberuf (KldB-Code) ist nötig.");
        await Screenshots.SaveAsync(page, "jobseeker-form-errors");

        await page.GetByTestId("field-postcode").FillAsync("34117");
        // The same KldB picker employers use; a well-formed code outside the catalogue is kept, matched by its digits.
        await ChooseOccupationAsync(page, "Zerspanungs", "24232");
        await ChooseOccupationAsync(page, "25293", "25293");
        await Expect(page.GetByTestId("occupation-chip")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=occupation-chip][data-code='25293']")).ToContainTextAsync("nicht in unserem Katalog");
        await page.GetByLabel("Einwilligung: Profil darf").CheckAsync();
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Hülya Karagöz", new() { Timeout = FirstResponse });
        await Expect(page.GetByTestId("consents")).ToContainTextAsync("Profil weitergeben: erteilt am");
        await Screenshots.SaveAsync(page, "jobseeker-created");
        var id = page.Url.Split('/')[^1];

        var organizer = await browser.NewPageAsync();
        var organizerLogin = new LoginPage(organizer);
        await organizerLogin.OpenAsync();
        await organizerLogin.SignInAsync(DemoSeeder.OrganizerEmail, DemoSeeder.Password);
        await Expect(organizer).ToHaveURLAsync(new Regex("/organizer$"));
        await organizer.GotoAsync("audit");
        await new StartPage(organizer).WaitUntilInteractiveAsync();
        await organizer.GetByLabel("Suche").FillAsync(id);

        var grid = organizer.GetByTestId("audit-grid");
        await Expect(grid).ToContainTextAsync($"Bewerber/in Nr. {id}");
        await Expect(grid).ToContainTextAsync("angelegt");
        await Expect(grid).ToContainTextAsync("angesehen");
        await Expect(grid).ToContainTextAsync(DemoSeeder.CaseworkerEmail);
        await Screenshots.SaveAsync(organizer, "audit-log");
    }

    private static async Task ChooseOccupationAsync(IPage page, string typed, string option)
    {
        var input = page.Locator("input[data-testid=field-kldb]");
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        // The chosen code becomes a chip; as a person, type the next one once it shows (on a busy server the chip's
        // render could otherwise put the chosen text back over what was typed meanwhile).
        await Expect(page.Locator($"[data-testid=occupation-chip][data-code^='{option[..5]}']")).ToHaveCountAsync(1, new() { Timeout = FirstResponse });
    }
}
