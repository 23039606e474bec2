using System.Net;
using System.Text;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Vacancies;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Vacancies;

/// <summary>Direct URLs and IDs over HTTP: another company's vacancy answers like one that does not exist.</summary>
public sealed class VacancyPageAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>, IAsyncLifetime
{
    private const string TitleA = "Zerspanungsmechaniker/in bei A";
    private const string TitleB = "Streng vertrauliche Stelle von B";
    private int _vacancyA, _vacancyB;

    public async ValueTask InitializeAsync()
    {
        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
        if (await db.Vacancies.AnyAsync())
        {
            (_vacancyA, _vacancyB) = (await Id(db, TitleA), await Id(db, TitleB));
            return;
        }
        var employerA = await db.Employers.SingleAsync(e => e.Name == "Nordhessen Metall GmbH");
        var employerB = new Employer { Name = "B AG", Industry = "Logistik" };
        var fair = new Fair { Name = "job-connect Test", Date = DateOnly.FromDateTime(DateTime.Today.AddDays(90)), Venue = "Ständehaus", VenueAddress = "Ständeplatz 8, 34117 Kassel" };
        db.AddRange(employerB, fair);
        await db.SaveChangesAsync();
        db.AddRange(
            new Booth { FairId = fair.Id, EmployerId = employerA.Id, Label = "A01" },
            new Booth { FairId = fair.Id, EmployerId = employerB.Id, Label = "A02" },
            Vacancy(fair.Id, employerA.Id, TitleA),
            Vacancy(fair.Id, employerB.Id, TitleB));
        await db.SaveChangesAsync();
        (_vacancyA, _vacancyB) = (await Id(db, TitleA), await Id(db, TitleB));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Task<int> Id(JobConnectDbContext db, string title) => db.Vacancies.Where(v => v.Title == title).Select(v => v.Id).SingleAsync();

    private static Vacancy Vacancy(int fairId, int employerId, string title) => new()
    {
        FairId = fairId, EmployerId = employerId, Kind = VacancyKind.Job, Title = title, KldbCode = "24232", Postcode = "34117",
        StartDate = DateOnly.FromDateTime(DateTime.Today.AddDays(120)), Phases = TargetGroups.Adults,
        Skills = [new VacancySkill { Name = "CNC-Fräsen", Required = true }],
    };

    private async Task<HttpClient> SignedIn(string email)
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Employer_opens_the_own_vacancy()
    {
        var client = await SignedIn(EmployerEmail);

        var response = await client.GetAsync($"/employer/vacancies/{_vacancyA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TitleA, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_companys_vacancy_answers_404_like_a_missing_one_and_leaks_nothing()
    {
        var client = await SignedIn(EmployerEmail);

        var foreign = await client.GetAsync($"/employer/vacancies/{_vacancyB}");
        var missing = await client.GetAsync("/employer/vacancies/987654");
        var copy = await client.GetAsync($"/employer/vacancies/new?copyOf={_vacancyB}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(TitleB, await foreign.Content.ReadAsStringAsync());
        Assert.Contains("Nicht gefunden", await foreign.Content.ReadAsStringAsync());
        Assert.DoesNotContain("B AG", await foreign.Content.ReadAsStringAsync());
        Assert.DoesNotContain(TitleB, await copy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_own_list_shows_only_the_own_company()
    {
        var client = await SignedIn(EmployerEmail);

        var html = await client.GetStringAsync("/employer/vacancies");

        Assert.Contains(TitleA, html);
        Assert.DoesNotContain(TitleB, html);
    }

    [Theory]
    [InlineData(CaseworkerEmail, "/employer/vacancies")]
    [InlineData(CaseworkerEmail, "/organizer/vacancies")]
    [InlineData(EmployerEmail, "/organizer/vacancies")]
    [InlineData(EmployerEmail, "/organizer/employers")]
    [InlineData(CaseworkerEmail, "/employer/company")]
    public async Task Pages_of_other_roles_are_denied(string email, string page)
    {
        await factory.AssertPageAccessAsync(email, page, allowed: false);
    }

    [Theory]
    [InlineData(EmployerEmail)]
    [InlineData(CaseworkerEmail)]
    public async Task Only_organizers_export(string email)
    {
        var client = await SignedIn(email);

        var response = await client.GetAsync("/export/vacancies.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Organizer_exports_german_excel_csv_with_all_companies()
    {
        var client = await SignedIn(OrganizerEmail);

        var response = await client.GetAsync("/export/vacancies.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nr.;Unternehmen;Art;Titel;KldB-Code;", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("B AG;Stelle;" + TitleB, StringComparison.Ordinal) && l.Contains(";CNC-Fräsen;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organizer_exports_xlsx_filtered_by_company()
    {
        var client = await SignedIn(OrganizerEmail);
        using var scope = factory.Services.CreateScope();
        var employerB = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContext()
            .Employers.Where(e => e.Name == "B AG").Select(e => e.Id).SingleAsync();

        var response = await client.GetAsync($"/export/vacancies.xlsx?employer={employerB}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(TitleB, row["Titel"]);
        Assert.Equal("Erwachsene", row["Zielgruppen"]);
    }

    [Theory]
    [InlineData(OrganizerEmail, "/organizer/vacancies", "Stellenangebote der Messe")]
    [InlineData(OrganizerEmail, "/organizer/employers", "B AG")]
    [InlineData(OrganizerEmail, "/organizer/employers/new", "Neuen Aussteller aufnehmen")]
    [InlineData(EmployerEmail, "/employer/company", "Nordhessen Metall GmbH")]
    [InlineData(EmployerEmail, "/employer/vacancies/new", "Neues Stellenangebot")]
    public async Task Own_pages_render(string email, string page, string text)
    {
        var client = await SignedIn(email);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Organizer_opens_any_companys_vacancy()
    {
        var client = await SignedIn(OrganizerEmail);

        var html = await client.GetStringAsync($"/organizer/vacancies/{_vacancyB}");

        Assert.Contains(TitleB, html);
        Assert.Contains("B AG", html);
    }

    [Fact]
    public async Task Organizer_invites_an_employer_user_who_sets_a_password_and_sees_only_that_company()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var employerB = await services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContext()
            .Employers.Where(e => e.Name == "B AG").Select(e => e.Id).SingleAsync();
        var invite = services.GetRequiredService<JobConnect.Application.Features.Accounts.InviteUser>();
        var organizer = new JobConnect.Application.Access.UserScope("o", JobConnect.Application.Identity.Roles.Organizer, null, null);
        var caseworker = new JobConnect.Application.Access.UserScope("c", JobConnect.Application.Identity.Roles.Caseworker, 1, null);
        var email = $"staff-{Guid.NewGuid():N}@b-ag.example";
        JobConnect.Application.Features.Accounts.UserInvitationInput Input() =>
            new() { Email = email, DisplayName = "Bea Beispiel", Role = JobConnect.Application.Identity.Roles.Employer, EmployerId = employerB };

        await Assert.ThrowsAsync<JobConnect.Application.Access.AccessDeniedException>(() => invite.HandleAsync(caseworker, Input()));
        var delivery = await invite.HandleAsync(organizer, Input());

        Assert.False(delivery.Emailed);
        var client = factory.CreateBrowserlikeClient();
        Assert.Contains("data-testid=\"password-set\"", await client.PostSetPasswordAsync(delivery.Url!, "eine lange Passphrase"));
        var login = await client.PostLoginAsync(email, "eine lange Passphrase");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(TitleB, await client.GetStringAsync("/employer/vacancies"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/employer/vacancies/{_vacancyA}")).StatusCode);
    }
}
