using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Vacancies;

/// <summary>An employer posts an apprenticeship, edits it, and the organizers find and export it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PostVacancyTests(BrowserSession browser)
{
    private const string Title = "Ausbildung Mechatroniker/in – Start August";

    [Fact]
    public async Task Employer_posts_and_edits_an_apprenticeship_and_the_organizer_exports_it()
    {
        var employer = await SignInAsync(await DemoEmployerEmailAsync());
        var list = new EmployerVacanciesPage(employer);
        await list.OpenFromMenuAsync();
        await Expect(list.Rows.First).ToBeVisibleAsync();
        var before = await list.Rows.CountAsync();

        await list.StartNewAsync();
        var form = new VacancyFormPage(employer);
        await form.ChooseKindAsync("Ausbildungsplatz");
        await form.ChooseOccupationAsync("Mechatroniker", "26112");
        // Choosing the occupation proposes a title; the employer then makes it their own.
        await Expect(form.Title).ToHaveValueAsync("Ausbildung Mechatroniker/in");
        await form.FillAsync("title", Title);
        await form.FillAsync("openings", "2");
        await form.FillAsync("postcode", "3422");
        await Expect(employer.GetByText("Bitte geben Sie eine deutsche Postleitzahl mit 5 Ziffern ein (z. B. 34117).")).ToBeVisibleAsync();
        await form.FillAsync("postcode", "34225");
        await form.FillAsync("start-date", $"01.08.{DateTime.Today.Year + 1}");
        await form.ChooseAsync("school-certificate", "Mittlerer Abschluss");
        await form.SetCheckAsync("Schulabgänger/innen", true);
        await form.SetCheckAsync("Erwachsene", false);
        await form.AddSkillAsync("Technisches Verständnis", mustHave: true);
        await form.AddSkillAsync("Teamfähigkeit", mustHave: true);
        await form.AddSkillAsync("Erste Erfahrungen mit Elektronik", mustHave: false);
        // A synonym: the vocabulary suggests the canonical term while typing, and the chip shows it next to the employer's word.
        await employer.Locator("input[data-testid=skill-name]").FillAsync("Gabelstapler");
        await Expect(employer.GetByTestId("skill-suggestion").Filter(new() { HasText = "Staplerschein" })).ToBeVisibleAsync();
        await form.AddSkillAsync("Gabelstaplerschein", mustHave: false);
        var synonym = form.Skills.Filter(new() { HasText = "Gabelstaplerschein" });
        await Expect(synonym.GetByTestId("skill-term")).ToHaveTextAsync("Staplerschein");
        await Expect(synonym.GetByTestId("skill-written")).ToContainTextAsync("geschrieben: Gabelstaplerschein");
        await Expect(form.Skills.Filter(new() { HasText = "Erste Erfahrungen mit Elektronik" }).GetByTestId("skill-unknown")).ToContainTextAsync("nicht abgleichbar");
        await Expect(form.Skills).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(employer, "vacancy-skill-synonym");
        await Screenshots.SaveAsync(employer, "vacancy-new-apprenticeship");
        await form.SaveAsync();

        await Expect(employer).ToHaveURLAsync(new Regex("/employer/vacancies$"));
        await Expect(list.Rows).ToHaveCountAsync(before + 1);
        await Expect(list.Row(Title)).ToContainTextAsync("Ausbildungsplatz");
        await Expect(list.Row(Title)).ToContainTextAsync("Schulabgänger/innen");
        await Screenshots.SaveAsync(employer, "vacancy-employer-list");

        await list.OpenAsync(Title);
        await Expect(form.Title).ToHaveValueAsync(Title);
        await Expect(form.Skills.Filter(new() { HasText = "Teamfähigkeit" })).ToHaveAttributeAsync("data-required", "true");
        await form.FillAsync("openings", "3");
        await Screenshots.SaveAsync(employer, "vacancy-edit");
        await form.SaveAsync();
        await Expect(employer).ToHaveURLAsync(new Regex("/employer/vacancies$"));
        await Expect(list.Row(Title).Locator("td").Nth(3)).ToHaveTextAsync("3");

        await employer.GetByTestId("nav-company").ClickAsync();
        await Expect(employer.Locator("input[data-testid=employer-name]")).ToHaveValueAsync("Nordhessische Präzisionstechnik GmbH");
        await Screenshots.SaveAsync(employer, "employer-company-profile");

        var organizer = await SignInAsync(DemoSeeder.OrganizerEmail);
        await organizer.GetByTestId("nav-employers").ClickAsync();
        await Expect(organizer.GetByTestId("employer-table").Locator("tbody tr")).ToHaveCountAsync(17);
        await Screenshots.SaveAsync(organizer, "organizer-employers");
        var overview = new VacancyOverviewPage(organizer);
        await overview.OpenFromMenuAsync();
        await Expect(overview.Rows.First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(organizer, "vacancy-overview");
        await overview.SearchAsync("Start August");
        await Expect(overview.Rows).ToHaveCountAsync(1);
        await Expect(overview.Rows.First).ToContainTextAsync(Title);
        await Expect(overview.Rows.First).ToContainTextAsync("Nordhessische Präzisionstechnik GmbH");
        await Screenshots.SaveAsync(organizer, "vacancy-overview-filtered");

        var download = await overview.ExportAsync("xlsx");
        var path = Path.Combine(Screenshots.Folder, "..", "vacancies-export.xlsx");
        await download.SaveAsAsync(path);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal((Title, "Ausbildungsplatz", 3.0, "Technisches Verständnis, Teamfähigkeit"),
            ((string)row["Titel"], (string)row["Art"], Convert.ToDouble(row["Anzahl Plätze"], System.Globalization.CultureInfo.InvariantCulture), (string)row["Muss-Anforderungen"]));
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, DemoSeeder.Password);
        await new StartPage(page).WaitUntilInteractiveAsync();
        return page;
    }

    private async Task<string> DemoEmployerEmailAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return logins.Single(l => l.Role == "Employer").Email;
    }
}
