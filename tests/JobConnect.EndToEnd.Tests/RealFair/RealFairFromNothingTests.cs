using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JobConnect.Application.Data;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using JobConnect.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.RealFair;

/// <summary>
/// The operator's path from an empty Production database to a working fair, exactly as README's
/// "Run it for a real fair" describes it: the first organizer from the command line, then everything
/// else in the browser by the people who do it. Screenshots "real-fair-NN-..." show each step.
/// </summary>
[Collection(RealInstallationCollection.Name)]
public sealed class RealFairFromNothingTests(RealInstallationSession browser)
{
    private const string OrganizerEmail = "messeleitung@kassel-messe.example";
    private const string CaseworkerEmail = "j.brandt@jobcenter-kassel.example";
    private const string EmployerEmail = "personal@fraeswerk-nordhessen.example";
    // The accessibility test below shares this installation and creates its own organizer first.
    private const string SecondOrganizerEmail = "zweite-leitung@kassel-messe.example";

    [Fact]
    public async Task An_operator_goes_from_an_empty_database_to_an_invited_jobseeker_and_no_demo_login_works()
    {
        // 1. The first organizer: the documented command, the app's own settings, one link, exit.
        var (exitCode, output) = await OperatorCommand.RunAsync(browser.App, "create-organizer", "--email", OrganizerEmail);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Environment Production", output);
        var link = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("/account/", StringComparison.Ordinal));

        var organizer = await browser.NewPageAsync();
        var setPassword = new SetPasswordPage(organizer);
        await organizer.GotoAsync(link);
        await Screenshots.SaveAsync(organizer, "real-fair-01-set-password");
        await setPassword.SetAsync(link, "Kassel ist eine schöne Messestadt");
        await Expect(setPassword.Done).ToBeVisibleAsync();
        await Screenshots.SaveAsync(organizer, "real-fair-02-password-set");
        // The link works once.
        await organizer.GotoAsync(link);
        await Expect(setPassword.Problem).ToContainTextAsync("bereits benutzt");
        await Screenshots.SaveAsync(organizer, "real-fair-03-link-used");

        // 2. No demo account exists, and the public demo password opens nothing.
        await AssertNoDemoLoginAsync();
        using (var scope = browser.App.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
            // The only accounts are the ones the operator created with the command in this installation.
            var accounts = await db.Users.Select(u => u.Email!).ToListAsync();
            Assert.Contains(OrganizerEmail, accounts);
            Assert.Empty(accounts.Except([OrganizerEmail, SecondOrganizerEmail]));
            Assert.Equal(0, await db.Fairs.CountAsync());
        }

        // 3. The organizer signs in and creates the fair and its three phases.
        await SignInAsync(organizer, OrganizerEmail, "Kassel ist eine schöne Messestadt");
        await Expect(organizer.GetByTestId("no-fair")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(organizer, "real-fair-04-organizer-empty-start");
        await organizer.GetByTestId("create-fair").ClickAsync();
        await new StartPage(organizer).WaitUntilInteractiveAsync();
        var fairDate = DateTime.Today.AddDays(100);
        await FillAsync(organizer, "fair-name", "job-connect Kassel " + fairDate.Year);
        await FillAsync(organizer, "fair-date", fairDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await FillAsync(organizer, "fair-venue", "Ständehaus Kassel");
        await FillAsync(organizer, "fair-address", "Ständeplatz 6–10, 34117 Kassel");
        await organizer.GetByTestId("fair-save").ClickAsync();
        await Expect(organizer.GetByTestId("no-phases")).ToBeVisibleAsync();
        await AddPhaseAsync(organizer, "Vormittag", group: null);
        await AddPhaseAsync(organizer, "Nachmittag", group: "Schulabgänger/innen");
        // A third phase with a free name: an evening hour for adults who work during the day.
        await AddPhaseAsync(organizer, "Abendsprechstunde", group: null);
        await Expect(organizer.GetByTestId("phase-row-Abendsprechstunde")).ToContainTextAsync("Erwachsene · 17:00–19:00");
        await Expect(organizer.GetByTestId("phase-row-Nachmittag")).ToContainTextAsync("Schulabgänger/innen · 14:00–16:30");
        // The same name twice is refused at the field.
        await FillAsync(organizer, "new-phase-name", "abendsprechstunde");
        await organizer.GetByTestId("phase-add").ClickAsync();
        await Expect(organizer.GetByTestId("phase-add-form")).ToContainTextAsync("Eine andere Phase dieser Messe heißt schon so.");
        await Screenshots.SaveAsync(organizer, "real-fair-05-fair-and-phases");

        // 4. An agency with its sender block, paragraph and a quota for the morning.
        await organizer.GetByTestId("nav-agencies").ClickAsync();
        await organizer.GetByTestId("agency-new").ClickAsync();
        await FillAsync(organizer, "agency-name", "Jobcenter Stadt Kassel");
        await FillAsync(organizer, "agency-street", "Grüner Weg 46");
        await FillAsync(organizer, "agency-postcode", "34117");
        await FillAsync(organizer, "agency-city", "Kassel");
        await organizer.Locator("textarea[data-testid=agency-paragraph]").FillAsync("Diese Einladung ist eine Meldeaufforderung nach § 59 SGB II in Verbindung mit § 309 SGB III.");
        await FillAsync(organizer, "agency-quota-Vormittag", "40");
        await Screenshots.SaveAsync(organizer, "real-fair-06-agency");
        await organizer.GetByTestId("agency-save").ClickAsync();
        await Expect(organizer.GetByTestId("agencies")).ToContainTextAsync("Jobcenter Stadt Kassel");

        // 5. The organizer invites a caseworker of that agency; the link is shown once to hand over.
        await organizer.GetByTestId("nav-users").ClickAsync();
        await FillAsync(organizer, "invite-name", "Jana Brandt");
        await FillAsync(organizer, "invite-email", CaseworkerEmail);
        await organizer.GetByTestId("invite-submit").ClickAsync();
        var caseworkerLink = (await organizer.GetByTestId("one-time-link").InnerTextAsync()).Trim();
        Assert.Contains("/account/set-password/", caseworkerLink);
        await Expect(organizer.GetByTestId("users")).ToContainTextAsync(CaseworkerEmail);
        await Screenshots.SaveAsync(organizer, "real-fair-07-caseworker-invited");

        var caseworker = await browser.NewPageAsync();
        await new SetPasswordPage(caseworker).SetAsync(caseworkerLink, "Vermittlung mit Herz und Verstand");
        await Expect(new SetPasswordPage(caseworker).Done).ToBeVisibleAsync();
        await Screenshots.SaveAsync(caseworker, "real-fair-08-caseworker-password-set");

        // 6. A company registers itself on the public page.
        var employer = await browser.NewPageAsync();
        var register = new RegisterEmployerPage(employer);
        await register.OpenAsync();
        await register.FillAsync("company", "Fräswerk Nordhessen GmbH");
        await register.FillAsync("industry", "Metallbearbeitung");
        await register.FillAsync("street", "Industriestraße 12");
        await register.FillAsync("postcode", "34123");
        await register.FillAsync("city", "Kassel");
        await register.FillAsync("contact-name", "Petra Sommer");
        await register.FillAsync("contact-email", EmployerEmail);
        await register.FillAsync("tables", "2");
        await Screenshots.SaveAsync(employer, "real-fair-09-employer-registers");
        await register.SubmitAsync();
        await Expect(register.Done).ToBeVisibleAsync();

        // 7. The organizer admits it; the contact's link is shown once.
        await organizer.GetByTestId("nav-registrations").ClickAsync();
        await Expect(organizer.GetByTestId("registration")).ToContainTextAsync("Fräswerk Nordhessen GmbH");
        await Screenshots.SaveAsync(organizer, "real-fair-10-approval-queue");
        await organizer.GetByTestId("admit").ClickAsync();
        var employerLink = (await organizer.GetByTestId("one-time-link").InnerTextAsync()).Trim();
        await Expect(organizer.GetByTestId("no-registrations")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(organizer, "real-fair-11-admitted");

        // 8. The employer sets a password and posts a vacancy.
        await new SetPasswordPage(employer).SetAsync(employerLink, "Späne fliegen seit 1952");
        await Expect(new SetPasswordPage(employer).Done).ToBeVisibleAsync();
        await SignInAsync(employer, EmployerEmail, "Späne fliegen seit 1952");
        var vacancies = new EmployerVacanciesPage(employer);
        await vacancies.OpenFromMenuAsync();
        await vacancies.StartNewAsync();
        var form = new VacancyFormPage(employer);
        await form.ChooseKindAsync("Stelle");
        await form.ChooseOccupationAsync("Zerspanungsmechaniker", "24232");
        await form.FillAsync("openings", "2");
        await form.FillAsync("postcode", "34123");
        await form.FillAsync("start-date", fairDate.AddMonths(1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await form.SetCheckAsync("Erwachsene", true);
        await form.AddSkillAsync("CNC-Fräsen", mustHave: true);
        await Screenshots.SaveAsync(employer, "real-fair-12-vacancy");
        await form.SaveAsync();
        await Expect(employer).ToHaveURLAsync(new Regex("/employer/vacancies$"));
        await Expect(vacancies.Rows).ToHaveCountAsync(1);

        // 9. The caseworker imports a caseload, sees the match and invites the person.
        await SignInAsync(caseworker, CaseworkerEmail, "Vermittlung mit Herz und Verstand");
        var import = new JobseekerImportPage(caseworker);
        await import.OpenAsync();
        await import.ChooseFileAsync("caseload.csv", Encoding.UTF8.GetBytes(string.Join("\r\n",
            "Kundennummer;Anrede;Vorname;Nachname;E-Mail;PLZ;Ort;Geburtsdatum;Zielgruppe;Zielberufe (KldB);Kenntnisse;Deutschniveau;Einwilligung Profil;Einwilligung E-Mail",
            "JC-1001;Frau;Derya;Kaplan;derya.kaplan@example.org;34127;Kassel;14.02.1986;Erwachsene;24232;CNC-Fräsen, Drehen;C1;ja;ja",
            "JC-1002;Herr;Lukas;Wagner;;34131;Kassel;02.07.1992;Erwachsene;71302;Buchhaltung;C2;nein;nein") + "\r\n"));
        await Expect(import.Summary).ToContainTextAsync("2 Datenzeilen", new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(caseworker, "real-fair-13-caseload-preview");
        await Expect(import.Summary).ToContainTextAsync("2 Datenzeilen: 2 neu");
        await import.ImportButton.ClickAsync();
        await Expect(import.Summary).ToContainTextAsync("Import abgeschlossen.");
        await Screenshots.SaveAsync(caseworker, "real-fair-13-caseload-imported");

        var matching = new MatchingPages(caseworker);
        await matching.OpenOverviewAsync();
        await matching.OpenVacancyWithCandidatesAsync(minimum: 1);
        var (name, _) = await matching.CandidateAsync(0);
        Assert.Equal("Kaplan, Derya", name);
        await matching.TickAsync(0, expectedCount: 1);
        await Screenshots.SaveAsync(caseworker, "real-fair-14-matches");
        // Adults have two phases at this fair: the caseworker invites her into the evening consultation.
        var phaseChoice = caseworker.GetByTestId("invite-phase");
        await phaseChoice.Locator("xpath=..").ClickAsync();
        await caseworker.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Abendsprechstunde" }).First.ClickAsync();
        await Expect(phaseChoice).ToHaveValueAsync(new Regex("^Abendsprechstunde · Erwachsene · 17:00–19:00"));
        var findings = await Accessibility.Axe.FindingsAsync(caseworker, "candidates with the phase chosen");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        await matching.InviteButton.ClickAsync();
        await Expect(caseworker.GetByText("1 Person(en) eingeladen.")).ToBeVisibleAsync();
        await Expect(phaseChoice).ToHaveValueAsync(new Regex("noch 174 Plätze$"));
        await Screenshots.SaveAsync(caseworker, "real-fair-15-invited");
        using (var scope = browser.App.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
            Assert.Equal("Abendsprechstunde", await db.Invitations.Where(i => i.Jobseeker!.LastName == "Kaplan").Select(i => i.FairPhase!.Name).SingleAsync());
        }

        // Still no demo login after all of it.
        await AssertNoDemoLoginAsync();
    }

    [Fact]
    public async Task The_set_up_pages_pass_axe_on_a_desktop_and_fit_a_360_px_phone()
    {
        const string email = SecondOrganizerEmail;
        var (exitCode, output) = await OperatorCommand.RunAsync(browser.App, "create-organizer", "--email", email);
        Assert.True(exitCode == 0, output);
        var link = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("/account/", StringComparison.Ordinal));

        foreach (var width in new[] { 1366, 360 })
        {
            var page = await browser.NewPageAsync(width: width);
            if (width == 1366)
            {
                await page.GotoAsync(link);
                await CheckAsync(page, width, "set-password");
                await new SetPasswordPage(page).SetAsync(link, "Barrierefrei auf jedem Gerät");
                await Expect(new SetPasswordPage(page).Done).ToBeVisibleAsync();
            }
            foreach (var open in new[] { "register", "account/forgot-password", "account/login" })
            {
                await page.GotoAsync(open);
                await CheckAsync(page, width, open);
            }
            await SignInAsync(page, email, "Barrierefrei auf jedem Gerät");
            foreach (var open in new[] { "organizer/fair", "organizer/agencies/new", "organizer/agencies", "users", "organizer/registrations", "account/change-password" })
            {
                await page.GotoAsync(open);
                if (!open.StartsWith("account/", StringComparison.Ordinal))
                {
                    await new StartPage(page).WaitUntilInteractiveAsync();
                }
                await CheckAsync(page, width, open);
            }
            await page.Context.CloseAsync();
        }
    }

    private static async Task CheckAsync(IPage page, int width, string name)
    {
        if (width < 600)
        {
            await Screenshots.SaveAsync(page, $"real-fair-phone-{name.Replace('/', '-')}");
        }
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.AssertFitsWidthAsync(page);
    }

    private async Task AssertNoDemoLoginAsync()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        foreach (var email in new[] { DemoSeeder.OrganizerEmail, DemoSeeder.CaseworkerEmail, "sandra.wettlaufer@np-technik.example", OrganizerEmail })
        {
            await login.OpenAsync();
            await login.SubmitPasswordAsync(email, DemoSeeder.Password);
            await Expect(login.Error).ToBeVisibleAsync();
        }
        await Screenshots.SaveAsync(page, "real-fair-00-demo-password-refused");
        await page.Context.CloseAsync();
    }

    /// <summary>The authenticator keys the people of this test enrolled, as their phones hold them.</summary>
    private readonly Dictionary<string, string> _authenticators = [];

    /// <summary>
    /// Signs in as the person would: organizers and caseworkers enrol an authenticator app at their
    /// first sign-in (the key shown on the page) and type its code afterwards; employers need none.
    /// </summary>
    private async Task SignInAsync(IPage page, string email, string password)
    {
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SubmitPasswordAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        if (page.Url.Contains("/account/two-factor/setup", StringComparison.Ordinal))
        {
            var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
            _authenticators[email] = key;
            await page.Locator("#code").FillAsync(await Totp.FreshCodeAsync(key, email));
            await page.Locator("#code").PressAsync("Enter");
            await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
            await page.GetByTestId("continue").ClickAsync();
        }
        else if (page.Url.Contains("/account/two-factor", StringComparison.Ordinal))
        {
            await login.SubmitCodeAsync(await Totp.FreshCodeAsync(_authenticators[email], email));
        }
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    /// <summary>Adds a phase on the fair page; <paramref name="group"/> null keeps the form's target group (adults).</summary>
    private static async Task AddPhaseAsync(IPage page, string name, string? group)
    {
        await FillAsync(page, "new-phase-name", name);
        if (group is not null)
        {
            await page.GetByTestId("new-phase-group").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = group }).ClickAsync();
        }
        await page.GetByTestId("phase-add").ClickAsync();
        await Expect(page.GetByTestId($"phase-remove-{name}")).ToBeVisibleAsync();
    }

    private static async Task FillAsync(IPage page, string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
