using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Employers;
using JobConnect.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a fresh database (SQLite, or PostgreSQL when the run asks for it), with one user
/// per role, reached over HTTPS as in production. Organizer and caseworker have an authenticator app
/// enrolled (<see cref="AuthenticatorKey"/>).
/// </summary>
public class JobConnectFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string OrganizerEmail = "organizer@test.example";
    public const string CaseworkerEmail = "caseworker@test.example";
    public const string EmployerEmail = "employer@test.example";
    /// <summary>A caseworker who leads the same agency as <see cref="CaseworkerEmail"/>.</summary>
    public const string LeadEmail = "lead@test.example";

    /// <summary>A desk helper with the check-in right only.</summary>
    public const string DeskEmail = "desk@test.example";
    /// <summary>Only the lockout test uses this one, so locking it harms no other test.</summary>
    public const string LockoutEmail = "lockout@test.example";
    /// <summary>The test users' authenticator key (base32), as their phone would hold it.</summary>
    public const string AuthenticatorKey = "JOBCONNECTTESTAUTHENTICATORKEYAB";

    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("web");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Database:SeedDemoData", "false");
        // Every test class signs in dozens of times from one address; the limits have their own tests.
        builder.UseSetting("SignInLimits:PermitsPerAddress", "100000");
        builder.UseSetting("SignInLimits:PermitsPerAccount", "100000");
        // The same reason: many sign-ins of one account within one 30-second code; single use has its own tests.
        builder.UseSetting("TwoFactor:RefuseReusedCodes", "false");
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    /// <summary>Hook for fixtures that replace a service, e.g. the clock.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContext();
        // The demo fair (some fixtures seed it) has an agency of this name already; names are unique.
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Name == "Agentur für Arbeit Kassel")
            ?? new Agency { Name = "Agentur für Arbeit Kassel", Kind = AgencyKind.Arbeitsagentur };
        var employer = new Employer { Name = "Nordhessen Metall GmbH", Industry = "Metall" };
        if (agency.Id == 0)
        {
            db.Add(agency);
        }
        db.Add(employer);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await CreateUser(users, OrganizerEmail, Roles.Organizer);
        await CreateUser(users, CaseworkerEmail, Roles.Caseworker, agencyId: agency.Id);
        await CreateUser(users, EmployerEmail, Roles.Employer, employerId: employer.Id);
        await CreateUser(users, LockoutEmail, Roles.Organizer);
        await CreateUser(users, LeadEmail, Roles.Caseworker, agencyId: agency.Id, lead: true);
        await CreateUser(users, DeskEmail, Roles.CheckIn);
    }

    public static async Task<ApplicationUser> CreateUser(UserManager<ApplicationUser> users, string email, string role, int? agencyId = null, int? employerId = null, bool lead = false)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = role, AgencyId = agencyId, EmployerId = employerId, IsAgencyLead = lead };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        if (Roles.RequiringTwoFactor.Contains(role))
        {
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyToken.Provider, AuthenticatorKeyToken.Name, AuthenticatorKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return user;
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        using var scope = Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
