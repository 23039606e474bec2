using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Load;

/// <summary>One account the load signs in with; caseworkers and desks type a code of <see cref="LoadFair.AuthenticatorKey"/>.</summary>
public sealed record LoadAccount(string Role, string Email)
{
    public bool NeedsCode => Roles.RequiringTwoFactor.Contains(Role);
}

/// <summary>
/// Turns the demo fair of a running installation into a fair-day load: every jobseeker invited by their agency,
/// every phase planned, and the accounts real users would have — a caseworker per 15 jobseekers of an agency,
/// one employer login per booth, ten check-in desks. Through the app's own services on the app's database
/// (the same settings as the app: Database__Provider, ConnectionStrings__...). Run once after the app seeded.
/// </summary>
public static class LoadFair
{
    /// <summary>Every load account's password and authenticator key (base32); a throwaway database only.</summary>
    public const string Password = "jobconnect-load-kassel-2026";
    public const string AuthenticatorKey = "JOBCONNECTLOADKASSELAUTHENTICATR";
    public const string Domain = "load.jobconnect.test";

    private static readonly UserScope Organizer = new("load", Roles.Organizer, null, null);

    public static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddJobConnect(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task PrepareAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var fair = await db.CurrentFairAsync(TimeProvider.System) ?? throw new InvalidOperationException("No fair: start the app with Database__SeedDemoData=true first.");
        if (!await db.Invitations.AnyAsync(i => fair.Phases.Select(p => p.Id).Contains(i.FairPhaseId)))
        {
            var invite = services.GetRequiredService<InviteJobseekers>();
            var people = await db.Jobseekers.Select(j => new { j.Id, j.AgencyId }).ToListAsync();
            foreach (var agency in people.GroupBy(p => p.AgencyId))
            {
                await invite.HandleAsync(new UserScope("load", Roles.Caseworker, agency.Key, null), [.. agency.Select(a => a.Id)]);
            }
            foreach (var phase in fair.Phases)
            {
                await services.GetRequiredService<PlanConversations>().HandleAsync(Organizer, phase.Id);
            }
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var agencies = await db.Jobseekers.GroupBy(j => j.AgencyId)
            .Select(g => new { AgencyId = g.Key, People = g.Count() }).ToListAsync();
        foreach (var agency in agencies)
        {
            for (var i = 1; i <= Math.Max(1, agency.People / 15); i++)
            {
                await EnsureAsync(users, new LoadAccount(Roles.Caseworker, $"cw-{agency.AgencyId}-{i}@{Domain}"), agencyId: agency.AgencyId);
            }
        }
        var employers = await db.Booths.Where(b => b.FairId == fair.Id).Select(b => b.EmployerId).Distinct().ToListAsync();
        foreach (var employer in employers)
        {
            await EnsureAsync(users, new LoadAccount(Roles.Employer, $"booth-{employer}@{Domain}"), employerId: employer);
        }
        for (var i = 1; i <= 10; i++)
        {
            await EnsureAsync(users, new LoadAccount(Roles.CheckIn, $"desk-{i}@{Domain}"));
        }
    }

    /// <summary>The load accounts of one role, in a stable order.</summary>
    public static async Task<IReadOnlyList<LoadAccount>> AccountsAsync(IServiceProvider services, string role)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        var emails = await db.Users.Where(u => u.Email!.EndsWith("@" + Domain) && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync();
        return [.. emails.Select(e => new LoadAccount(role, e))];
    }

    private static async Task EnsureAsync(UserManager<ApplicationUser> users, LoadAccount account, int? agencyId = null, int? employerId = null)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }
        var user = new ApplicationUser
        {
            UserName = account.Email, Email = account.Email, EmailConfirmed = true,
            DisplayName = account.Email.Split('@')[0], AgencyId = agencyId, EmployerId = employerId,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, account.Role));
        if (account.NeedsCode)
        {
            Check(await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyToken.Provider, AuthenticatorKeyToken.Name, AuthenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
