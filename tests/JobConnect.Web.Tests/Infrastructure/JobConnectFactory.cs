using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Employers;
using JobConnect.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Web.Tests.Infrastructure;

/// <summary>The real app over a fresh database (SQLite, or PostgreSQL when the run asks for it), with one user per role.</summary>
public sealed class JobConnectFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string OrganizerEmail = "organizer@test.example";
    public const string CaseworkerEmail = "caseworker@test.example";
    public const string EmployerEmail = "employer@test.example";
    /// <summary>A caseworker who leads the same agency as <see cref="CaseworkerEmail"/>.</summary>
    public const string LeadEmail = "lead@test.example";
    /// <summary>Only the lockout test uses this one, so locking it harms no other test.</summary>
    public const string LockoutEmail = "lockout@test.example";

    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("web");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Database:SeedDemoData", "false");
    }

    public async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContext();
        var agency = new Agency { Name = "Agentur für Arbeit Kassel", Kind = AgencyKind.Arbeitsagentur };
        var employer = new Employer { Name = "Nordhessen Metall GmbH", Industry = "Metall" };
        db.AddRange(agency, employer);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await CreateUser(users, OrganizerEmail, Roles.Organizer);
        await CreateUser(users, CaseworkerEmail, Roles.Caseworker, agencyId: agency.Id);
        await CreateUser(users, EmployerEmail, Roles.Employer, employerId: employer.Id);
        await CreateUser(users, LockoutEmail, Roles.Organizer);
        await CreateUser(users, LeadEmail, Roles.Caseworker, agencyId: agency.Id, lead: true);
    }

    private static async Task CreateUser(UserManager<ApplicationUser> users, string email, string role, int? agencyId = null, int? employerId = null, bool lead = false)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = role, AgencyId = agencyId, EmployerId = employerId, IsAgencyLead = lead };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
