using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Domain.Jobseekers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace JobConnect.Infrastructure.Seeding;

public sealed record DemoLogin(string Role, string Email, string Password);

/// <summary>
/// Fills an empty database with the demo fair and makes sure one demo login per role exists.
/// Safe to run on every start: the fair is only added when there is none, users only when missing.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<JobConnectDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    IHostEnvironment? environment = null)
{
    /// <summary>Shared by all demo logins; long enough for the password policy, easy to type at a demo.</summary>
    public const string Password = "jobconnect-demo-kassel";

    public const string OrganizerEmail = "organisation@jobconnect.demo";
    public const string CaseworkerEmail = "vermittlung@arbeitsagentur-kassel.demo";
    public const string CheckInEmail = "einlass@jobconnect.demo";

    /// <summary>
    /// The authenticator key (base32) of the demo organizer, caseworker and check-in helper — public, so it is set
    /// only in the Development environment; elsewhere they enrol their own app on first sign-in.
    /// Codes: <c>oathtool --totp -b JOBCONNECTDEMOKASSELAUTHENTICATR</c> or any authenticator app.
    /// </summary>
    public const string DemoAuthenticatorKey = "JOBCONNECTDEMOKASSELAUTHENTICATR";

    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var empty = !await db.Fairs.AnyAsync(ct) && !await db.Users.AnyAsync(ct);
        if (!empty && !await db.Users.AnyAsync(u => u.Email == OrganizerEmail, ct))
        {
            // A real installation (an organizer or a fair already exists): demo logins with a public password never go in.
            return [];
        }
        if (!await db.Fairs.AnyAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var demo = await SaveFairAsync(db, FairDateFor(DateOnly.FromDateTime(now)), now, ct);
            // The fairs before it, so the reports, attendance lists and follow-ups have something to show (#14).
            await DemoPastFair.SaveAsync(db, demo, DateOnly.FromDateTime(now), now, ct);
        }

        var agency = await db.Agencies.OrderBy(a => a.Id).FirstAsync(a => a.Name == DemoAgencies.AgenturName, ct);
        var employer = await db.Employers.Include(e => e.ContactPersons).OrderBy(e => e.Id).FirstAsync(ct);
        var contact = employer.ContactPersons.First(c => c.Email is not null);

        return
        [
            await EnsureUserAsync(Roles.Organizer, OrganizerEmail, "Organisationsteam job-connect"),
            await EnsureUserAsync(Roles.Caseworker, CaseworkerEmail, $"Vermittlung – {agency.Name}", agencyId: agency.Id),
            await EnsureUserAsync(Roles.Employer, contact.Email!, $"{contact.Name} ({employer.Name})", employerId: employer.Id),
            // A helper at the check-in desk: sees who is expected and checks them in, nothing else (#13, #16's crawl per role).
            await EnsureUserAsync(Roles.CheckIn, CheckInEmail, "Einlass – Tisch 1"),
        ];
    }

    /// <summary>The fair date of a fresh demo: a Thursday about three and a half months ahead, so every step lies in the future.</summary>
    public static DateOnly FairDateFor(DateOnly today)
    {
        var date = today.AddDays(105);
        return date.AddDays(((int)DayOfWeek.Thursday - (int)date.DayOfWeek + 7) % 7);
    }

    /// <summary>Saves the demo fair's graph; also used by tests that need a realistic fair in a database.</summary>
    public static async Task<DemoFair> SaveFairAsync(JobConnectDbContext db, DateOnly fairDate, DateTime now, CancellationToken ct)
    {
        var demo = DemoFairData.Build(fairDate, now);

        // The order DemoFair documents: rows first, then the keys that have no navigation.
        db.Fairs.Add(demo.Fair);
        db.Employers.AddRange(demo.Employers);
        db.Agencies.AddRange(demo.Agencies);
        await db.SaveChangesAsync(ct);

        foreach (var vacancy in demo.Vacancies)
        {
            vacancy.FairId = demo.Fair.Id;
        }
        db.Vacancies.AddRange(demo.Vacancies);
        await db.SaveChangesAsync(ct);

        foreach (var (agency, jobseeker, excluded) in demo.Jobseekers)
        {
            jobseeker.AgencyId = agency.Id;
            jobseeker.EmployerExclusions.AddRange(excluded.Select(e => new EmployerExclusion { EmployerId = e.Id, RecordedUtc = now }));
        }
        db.Jobseekers.AddRange(demo.Jobseekers.Select(j => j.Jobseeker));
        await db.SaveChangesAsync(ct);
        return demo;
    }

    private async Task<DemoLogin> EnsureUserAsync(string role, string email, string displayName, int? agencyId = null, int? employerId = null)
    {
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                AgencyId = agencyId,
                EmployerId = employerId,
            };
            Check(await users.CreateAsync(user, Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
        }
        if (environment?.IsDevelopment() == true && Roles.RequiringTwoFactor.Contains(role))
        {
            await EnrolDemoAuthenticatorAsync((await users.FindByEmailAsync(email))!);
        }
        return new DemoLogin(role, email, Password);
    }

    private async Task EnrolDemoAuthenticatorAsync(ApplicationUser user)
    {
        if (user.TwoFactorEnabled)
        {
            return;
        }
        Check(await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyToken.Provider, AuthenticatorKeyToken.Name, DemoAuthenticatorKey), user.Email!);
        Check(await users.SetTwoFactorEnabledAsync(user, true), user.Email!);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
