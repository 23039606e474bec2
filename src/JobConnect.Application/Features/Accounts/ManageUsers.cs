using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Accounts;

public sealed record UserRow(
    string Id, string Email, string DisplayName, string Role, int? AgencyId, string? Agency, int? EmployerId, string? Employer,
    bool IsAgencyLead, bool IsDisabled, bool HasPassword);

/// <summary>
/// Lists and changes accounts: organizers all of them, an agency lead the caseworkers of their own
/// agency, a company's staff their colleagues (read only). Every change moves the user's security
/// stamp, which ends the person's open sessions (see the security set-up).
/// </summary>
public sealed class ManageUsers(IDbContextFactory<JobConnectDbContext> dbFactory, AccountLinks links, AccountMail mail, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer && !scope.LeadsAgency && !scope.IsEmployer)
        {
            throw scope.Refused("Only organizers, agency leads and company staff see accounts.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Visible(db, scope)
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.AgencyId, u.EmployerId, u.IsAgencyLead, u.IsDisabled, HasPassword = u.PasswordHash != null,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Employer = db.Employers.Where(e => e.Id == u.EmployerId).Select(e => e.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new UserRow(r.Id, r.Email ?? "", r.DisplayName, r.Role ?? "", r.AgencyId, r.Agency, r.EmployerId, r.Employer,
            r.IsAgencyLead, r.IsDisabled, r.HasPassword))];
    }

    /// <summary>Switches an account off or on again; the person's sessions end with the new stamp.</summary>
    public async Task SetDisabledAsync(UserScope scope, string userId, bool disabled, CancellationToken ct = default)
    {
        RequireManager(scope);
        if (userId == scope.UserId)
        {
            throw new BusinessRuleException(AccountMessages.NotYourself);
        }
        await ChangeAsync(scope, userId, u =>
        {
            u.IsDisabled = disabled;
            // Identity's sign-in refuses a locked-out account; the lockout ends only when an organizer or lead re-enables it.
            u.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
            u.AccessFailedCount = 0;
        }, ct);
    }

    /// <summary>Moves a caseworker to another agency; organizers only, since it changes whose caseload they see.</summary>
    public async Task ChangeAgencyAsync(UserScope scope, string userId, int agencyId, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer)
        {
            throw scope.Refused("Only organizers move caseworkers between agencies.");
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
            {
                throw new NotFoundException($"Agency {agencyId} not found.");
            }
        }
        await ChangeAsync(scope, userId, u =>
        {
            if (u.AgencyId is null)
            {
                throw new BusinessRuleException(AccountMessages.AgencyRequired);
            }
            u.AgencyId = agencyId;
            u.IsAgencyLead = false;
        }, ct);
    }

    /// <summary>Issues a password-reset link for someone who forgot theirs (e-mailed when e-mail is on, else shown once).</summary>
    public async Task<LinkDelivery> IssueResetLinkAsync(UserScope scope, string userId, CancellationToken ct = default)
    {
        RequireManager(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await Visible(db, scope).Where(u => u.Id == userId && !u.IsDisabled).Select(u => new { u.Id, u.Email, u.DisplayName }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"User {userId} not found.");
        var link = await links.IssueAsync(user.Id, AccountLinkPurpose.PasswordReset, ct);
        return await LinkDelivery.SendOrShowAsync(mail, user.Email!, user.DisplayName, AccountMailKind.PasswordReset, link, ct);
    }

    private static void RequireManager(UserScope scope)
    {
        if (!scope.IsOrganizer && !scope.LeadsAgency)
        {
            throw scope.Refused("Only organizers and agency leads change accounts.");
        }
    }

    private async Task ChangeAsync(UserScope scope, string userId, Action<ApplicationUser> change, CancellationToken ct)
    {
        RequireManager(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await Visible(db, scope).FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new NotFoundException($"User {userId} not found.");
        change(user);
        // A new stamp ends every session of the user within a minute (UserSessions), open pages included.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.AddAuditAsync(scope, clock, AuditActions.Changed, AuditLog.Account, user.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The accounts a scope may see; anything else answers "not found".</summary>
    private static IQueryable<ApplicationUser> Visible(JobConnectDbContext db, UserScope scope) =>
        scope.IsOrganizer ? db.Users
        : scope.LeadsAgency ? db.Users.Where(u => u.AgencyId == scope.AgencyId && (!u.IsAgencyLead || u.Id == scope.UserId))
        : scope.IsEmployer ? db.Users.Where(u => u.EmployerId == scope.EmployerId)
        : db.Users.Where(_ => false);
}
