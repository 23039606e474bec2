using System.Text;
using System.Text.RegularExpressions;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Identity;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// Every page a demo role can reach by following the app's own links (plus the pages only a button leads
/// to), checked with axe against the WCAG 2.0/2.1 A and AA rules (BITV 2.0): no serious or critical finding
/// anywhere. Then the states with data and the dialogs of each role: a filled schedule with a conversation
/// picked, an import preview with rejected rows, a candidates list, a vacancy form with skills, and every
/// confirmation dialog (after which focus must be back on the button that opened it). Pages of the same
/// route with another id (<c>/jobseekers/12</c>, <c>/jobseekers/13</c>) are crawled once.
/// The data comes from <see cref="AccessibilitySession"/>, so the result does not depend on other tests.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed partial class EveryPageTests(AccessibilitySession session)
{
    /// <summary>More than any role has today; a crawl that reaches it has found a link loop.</summary>
    private const int MaxPagesPerRole = 80;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_organizer_page_state_and_dialog_has_no_serious_or_critical_accessibility_finding()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var vacancyId = await FirstOpenVacancyIdAsync(employerId: null);
        var crawl = await CrawlAsync(page, "/", "/organizer/agencies/new", "/organizer/employers/new", $"/organizer/vacancies/{vacancyId}");

        // The filled schedule of every phase, then with a conversation picked for moving.
        await PageLoad.OpenAsync(page, "/organizer/schedule");
        foreach (var phase in await page.Locator("[data-testid^='show-']").AllAsync())
        {
            await phase.ClickAsync();
            await Expect(page.GetByTestId("schedule-grid").Locator("td.taken").First).ToBeVisibleAsync();
            crawl.Findings.AddRange(await Axe.FindingsAsync(page, $"schedule {await phase.InnerTextAsync()}"));
        }
        await page.GetByTestId("schedule-grid").Locator("td.taken button").First.ClickAsync();
        await Expect(page.GetByTestId("remove-conversation")).ToBeVisibleAsync();
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "schedule, conversation picked"));

        await PageLoad.OpenAsync(page, $"/organizer/vacancies/{vacancyId}");
        await DialogAsync(page, page.GetByTestId("withdraw"), "vacancy: withdraw?", crawl);
        await DialogAsync(page, page.GetByTestId("mark-filled"), "vacancy: filled?", crawl);

        AssertClean(Roles.Organizer, crawl);
    }

    [Fact]
    public async Task Every_caseworker_page_state_and_dialog_has_no_serious_or_critical_accessibility_finding()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var jobseekerId = await FirstJobseekerIdOfCaseworkerAsync();
        var vacancyId = await FirstOpenVacancyIdAsync(employerId: null);
        var crawl = await CrawlAsync(page, "/", "/jobseekers/new", "/jobseekers/import", $"/jobseekers/{jobseekerId}",
            $"/jobseekers/{jobseekerId}/edit", $"/matching/jobseekers/{jobseekerId}", $"/matching/vacancies/{vacancyId}");

        // The candidates list of a vacancy, with its scores.
        await PageLoad.OpenAsync(page, $"/matching/vacancies/{vacancyId}");
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "candidates"));
        // Ticked rows get a tinted background; the chips on it must keep their contrast too.
        await page.GetByTestId("candidates").Locator("tbody tr input[type=checkbox]").First.CheckAsync();
        // The button fades from disabled grey to the secondary colour; axe checks the settled colours.
        await Expect(page.GetByTestId("invite-selected")).ToHaveCSSAsync("background-color", "rgb(0, 121, 107)");
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "candidates, one ticked"));

        // The import preview with rejected rows.
        var import = new JobseekerImportPage(page);
        await import.OpenAsync();
        await import.ChooseFileAsync("bewerber.csv", Encoding.UTF8.GetBytes(string.Join("\r\n",
            "Kundennummer;Anrede;Vorname;Nachname;PLZ;Ort;Geburtsdatum;Zielgruppe;Zielberufe (KldB);Kenntnisse;Deutschniveau;Einwilligung Profil",
            "A11Y-001;Frau;Jördis;Weißenbäcker;34117;Kassel;03.04.1988;Erwachsene;24232;Drehen;B2;ja",
            "A11Y-002;Herr;Ömer;Öztürk;3411X;Kassel;12.11.1979;Erwachsene;25212;Schweißen;C1;nein") + "\r\n"));
        await Expect(import.Summary).ToContainTextAsync("2 Datenzeilen", new() { Timeout = 20_000 });
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "import preview"));

        // The invitations list with plans and printed letters, and the question before undoing a batch.
        await PageLoad.OpenAsync(page, "/invitations");
        await Expect(page.GetByTestId("invitations").Locator("tbody tr").First).ToBeVisibleAsync();
        await page.GetByTestId("batches").ClickAsync();
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "invitations with letter batches"));
        await DialogAsync(page, page.GetByTestId("undo-batch").First, "invitations: undo batch?", crawl);

        await PageLoad.OpenAsync(page, $"/jobseekers/{jobseekerId}");
        await DialogAsync(page, page.GetByTestId("erase"), "jobseeker: erase?", crawl);

        AssertClean(Roles.Caseworker, crawl);
    }

    [Fact]
    public async Task Every_employer_page_state_and_dialog_has_no_serious_or_critical_accessibility_finding()
    {
        var email = await session.EmailOfAsync(Roles.Employer);
        var page = await session.SignedInPageAsync(email);
        var vacancyId = await FirstOpenVacancyIdAsync(await EmployerIdOfAsync(email));
        var crawl = await CrawlAsync(page, "/", "/employer/vacancies/new", $"/employer/vacancies/{vacancyId}");

        // A new vacancy with skills chosen (chips with their must/nice control and delete button).
        var form = new VacancyFormPage(page);
        await PageLoad.OpenAsync(page, "/employer/vacancies/new");
        await form.AddSkillAsync("Schweißen", mustHave: true);
        await form.AddSkillAsync("Staplerschein", mustHave: false);
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "vacancy form with skills"));

        await PageLoad.OpenAsync(page, $"/employer/vacancies/{vacancyId}");
        await DialogAsync(page, page.GetByTestId("withdraw"), "vacancy: withdraw?", crawl);

        AssertClean(Roles.Employer, crawl);
    }

    [Fact]
    public async Task Every_check_in_helper_page_and_desk_state_has_no_serious_or_critical_accessibility_finding()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.CheckInEmail);
        var crawl = await CrawlAsync(page, "/", "/checkin");
        var person = await InvitedPersonOfAnotherAgencyAsync();
        var input = page.Locator("input[data-testid='desk-input'], [data-testid='desk-input'] input").First;

        // A name lists the hits; checking one in shows the person with their plan; the same person again is a warning.
        await PageLoad.OpenAsync(page, "/checkin");
        await input.FillAsync(person.LastName);
        await input.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-hits")).ToBeVisibleAsync();
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "desk: hits"));
        await input.FillAsync(person.Code);
        await input.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-person")).ToHaveTextAsync(person.FullName);
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "desk: checked in"));
        await input.FillAsync(person.Code);
        await input.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-status")).ToContainTextAsync("bereits");
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "desk: already checked in"));
        await Screenshots.SaveAsync(page, "a11y-checkin-helper-already-checked-in");
        await input.FillAsync("Niemand Nirgendwo");
        await input.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-nohits")).ToBeVisibleAsync();
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, "desk: no hits"));

        // The helper's role reaches the desk and its own account pages, nothing of the caseload.
        Assert.Contains("/checkin", crawl.Checked);
        Assert.DoesNotContain(crawl.Checked, p => p.StartsWith("/jobseekers", StringComparison.Ordinal) || p.StartsWith("/organizer", StringComparison.Ordinal));
        AssertClean(Roles.CheckIn, crawl, minimumPages: 2);
    }

    [Fact]
    public async Task The_public_pages_have_no_serious_or_critical_accessibility_finding()
    {
        var page = await session.NewPageAsync();
        var findings = new List<string>();
        foreach (var path in new[] { "/account/login", "/account/forgot-password", "/register", $"/e/{session.PersonalPageToken}", "/e/UNKNOWN" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await Axe.FindingsAsync(page, path));
        }
        await Expect(page.GetByTestId("link-invalid")).ToBeVisibleAsync();

        // The invited person's page answers: the confirmation state.
        await page.GotoAsync($"/e/{session.PersonalPageToken}");
        await page.GetByTestId("confirm").ClickAsync();
        await Expect(page.GetByTestId("answer-message")).ToBeVisibleAsync();
        findings.AddRange(await Axe.FindingsAsync(page, "personal page, confirmed"));

        // A failed sign-in, and the second step of a sign-in (the authenticator code).
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SubmitPasswordAsync(DemoSeeder.OrganizerEmail, "wrong password");
        await Expect(login.Error).ToBeVisibleAsync();
        findings.AddRange(await Axe.FindingsAsync(page, "login, failed"));
        await login.SubmitPasswordAsync(DemoSeeder.OrganizerEmail, DemoSeeder.Password);
        await Expect(page.Locator("#code")).ToBeVisibleAsync();
        findings.AddRange(await Axe.FindingsAsync(page, "login, second step"));

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    private sealed record Crawl(List<string> Checked, List<string> Findings);

    private static async Task<Crawl> CrawlAsync(IPage page, params string[] starts)
    {
        var queue = new Queue<string>(starts);
        var seenRoutes = new HashSet<string>();
        var crawl = new Crawl([], []);
        while (queue.Count > 0 && crawl.Checked.Count < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            if (!seenRoutes.Add(RouteOf(path)))
            {
                continue;
            }
            await PageLoad.OpenAsync(page, path);
            crawl.Checked.Add(path);
            crawl.Findings.AddRange(await Axe.FindingsAsync(page, path));
            foreach (var link in await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].filter(a => a.origin === location.origin && !a.hasAttribute('download')).map(a => a.pathname)"))
            {
                if (IsPage(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return crawl;
    }

    /// <summary>
    /// Opens a confirmation dialog, checks it, and cancels it with Escape: the dialog closes and focus is back
    /// on the button that opened it, so a keyboard user goes on where they were.
    /// </summary>
    private static async Task DialogAsync(IPage page, ILocator opener, string where, Crawl crawl)
    {
        await opener.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        crawl.Findings.AddRange(await Axe.FindingsAsync(page, where));
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        if (!await opener.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            crawl.Findings.Add($"{where}: focus is not back on the button that opened the dialog but on " +
                await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'"));
        }
    }

    private static void AssertClean(string role, Crawl crawl, int minimumPages = 5)
    {
        Assert.True(crawl.Checked.Count >= minimumPages, $"{role}: only {crawl.Checked.Count} pages reached: {string.Join(", ", crawl.Checked)}");
        Assert.True(crawl.Findings.Count == 0, $"{role}, {crawl.Checked.Count} pages checked ({string.Join(", ", crawl.Checked)}):\n{string.Join("\n", crawl.Findings)}");
    }

    /// <summary>The app's own pages; downloads, sign-out and other sites are not pages to check.</summary>
    private static bool IsPage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.Contains("logout", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/export", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/download", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/_", StringComparison.Ordinal)
        && !FileName().IsMatch(href.Split('?', '#')[0])
        && !href.Contains("culture", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>/jobseekers/12/edit</c> and <c>/jobseekers/13/edit</c> are one route.</summary>
    private static string RouteOf(string path) => Number().Replace(path.TrimEnd('/'), "/{id}");

    private async Task<int> FirstOpenVacancyIdAsync(int? employerId)
    {
        await using var db = await NewDbAsync();
        var fair = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
        return await db.Vacancies.Where(v => v.FairId == fair.Id && Domain.Vacancies.Vacancy.OpenStatuses.Contains(v.Status) && (employerId == null || v.EmployerId == employerId))
            .OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(Ct);
    }

    private sealed record Invited(string FullName, string LastName, string Code);

    /// <summary>Someone invited by another agency than the demo caseworker's, whose people the other tests use.</summary>
    private async Task<Invited> InvitedPersonOfAnotherAgencyAsync()
    {
        using var scope = session.App.Services.CreateScope();
        var caseworker = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoSeeder.CaseworkerEmail))!;
        await using var db = await NewDbAsync();
        var fair = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
        return await db.Invitations.Where(i => i.FairId == fair.Id && i.AgencyId != caseworker.AgencyId && i.ArrivedUtc == null)
            .OrderBy(i => i.Id)
            .Select(i => new Invited(i.Jobseeker!.FirstName + " " + i.Jobseeker.LastName, i.Jobseeker.LastName, i.CheckInCode))
            .FirstAsync(Ct);
    }

    private async Task<int> FirstJobseekerIdOfCaseworkerAsync()
    {
        using var scope = session.App.Services.CreateScope();
        var caseworker = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoSeeder.CaseworkerEmail))!;
        await using var db = await NewDbAsync();
        return await db.Jobseekers.Where(j => j.AgencyId == caseworker.AgencyId && !j.Archived).OrderBy(j => j.Id).Select(j => j.Id).FirstAsync(Ct);
    }

    private async Task<int> EmployerIdOfAsync(string email)
    {
        using var scope = session.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.EmployerId!.Value;
    }

    private async Task<JobConnectDbContext> NewDbAsync() =>
        await session.App.Services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\.[a-z0-9]{2,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
