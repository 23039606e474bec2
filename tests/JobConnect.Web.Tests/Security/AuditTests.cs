using System.Globalization;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Identity;
using JobConnect.Domain.Invitations;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>The audit log records sign-ins and who received which person's data (ASVS V16.3), by record number only.</summary>
public sealed class AuditTests(DemoFairFactory factory) : IClassFixture<DemoFairFactory>
{
    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_logged_without_what_was_typed()
    {
        var ct = TestContext.Current.CancellationToken;
        var typed = $"typo-{Guid.NewGuid():N}@example.org";
        await factory.CreateBrowserlikeClient().SignInAsync(EmployerEmail);
        await factory.CreateBrowserlikeClient().SignInAsync(OrganizerEmail);
        await factory.CreateBrowserlikeClient().PostLoginAsync(CaseworkerEmail, "not the password");
        await factory.CreateBrowserlikeClient().PostLoginAsync(typed, "not the password");

        var entries = await EntriesAsync(db => db.AuditEntries.Where(e => e.EntityType == AuditLog.Account), ct);

        var employer = await UserIdAsync(EmployerEmail);
        var organizer = await UserIdAsync(OrganizerEmail);
        var caseworker = await UserIdAsync(CaseworkerEmail);
        Assert.Contains(entries, e => (e.Action, e.EntityId, e.UserId) == (AuditActions.SignedIn, employer, employer));
        Assert.Contains(entries, e => (e.Action, e.EntityId) == (AuditActions.SignedInTwoFactor, organizer));
        Assert.Contains(entries, e => (e.Action, e.EntityId) == (AuditActions.SignInFailed, caseworker));
        Assert.Contains(entries, e => (e.Action, e.EntityId, e.UserName) == (AuditActions.SignInFailed, RecordSignIn.UnknownAccount, RecordSignIn.UnknownAccount));
        Assert.DoesNotContain(entries, e => (e.UserName + e.EntityId).Contains("typo-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invitation_steps_letters_check_in_lists_and_booth_schedules_are_logged_per_person()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = await factory.RunMainFlowsAsync("Auditha", "Protokollmann", ct);
        var id = person.JobseekerId.ToString(CultureInfo.InvariantCulture);

        var entries = await EntriesAsync(db => db.AuditEntries.Where(e => e.EntityType == AuditLog.Jobseeker && e.EntityId == id), ct);
        var agencyView = await ListAsync(new UserScope(person.CaseworkerUserId, Roles.Caseworker, person.AgencyId, null), ct);
        var otherAgency = await ListAsync(new UserScope("other", Roles.Caseworker, person.AgencyId == 1 ? 2 : 1, null), ct);

        Assert.Superset(
            new HashSet<string>
            {
                AuditActions.Created, AuditActions.InvitationPrefix + InvitationStatus.Planned, AuditActions.InvitationPrefix + InvitationStatus.Invited,
                AuditActions.InLetters, AuditActions.OnCheckInList, AuditActions.OnBoothSchedule,
            },
            entries.Select(e => e.Action).ToHashSet());
        Assert.Contains(entries, e => e.Action == AuditActions.OnBoothSchedule && e.UserId == "flow-employer");
        Assert.Contains(agencyView, e => e.EntityId == id && e.Action == AuditActions.OnBoothSchedule);
        Assert.DoesNotContain(otherAgency, e => e.EntityId == id);
        Assert.All(entries, e => Assert.DoesNotContain("Protokollmann", e.UserName + e.EntityId + e.Action, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_refused_to_a_signed_in_role_is_logged_with_its_address()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(EmployerEmail);

        var refused = await client.GetAsync("/audit?text=Meier", ct);
        var allowed = await client.GetAsync("/employer", ct);

        Assert.Equal("/account/access-denied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(System.Net.HttpStatusCode.OK, allowed.StatusCode);
        var employer = await UserIdAsync(EmployerEmail);
        var entries = await EntriesAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.AccessDenied && e.UserId == employer), ct);
        var entry = Assert.Single(entries);
        // The address, without the search words of the query string.
        Assert.Equal((AuditLog.Page, "/audit", EmployerEmail), (entry.EntityType, entry.EntityId, entry.UserName));
    }

    private async Task<List<Domain.Audit.AuditEntry>> EntriesAsync(Func<JobConnectDbContext, IQueryable<Domain.Audit.AuditEntry>> query, CancellationToken ct)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(ct);
        return await query(db).AsNoTracking().ToListAsync(ct);
    }

    private async Task<IReadOnlyList<Domain.Audit.AuditEntry>> ListAsync(UserScope scope, CancellationToken ct)
    {
        using var services = factory.Services.CreateScope();
        return (await services.ServiceProvider.GetRequiredService<ListAuditEntries>().HandleAsync(scope, new AuditQuery(PageSize: 10_000), ct)).Items;
    }

    private Task<string> UserIdAsync(string email) =>
        factory.WithServiceAsync<UserManager<ApplicationUser>, string>(async users => (await users.FindByEmailAsync(email))!.Id);
}
