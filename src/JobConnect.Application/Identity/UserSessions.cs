using System.Security.Claims;
using System.Security.Cryptography;
using JobConnect.Application.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobConnect.Application.Identity;

/// <summary>
/// Server-side sessions. A cookie is only honoured while its session row exists, is neither idle nor
/// past its absolute lifetime, and the account is unlocked with an unchanged security stamp — so
/// signing out, locking or disabling a user, a new password, or a role or agency change (all of which
/// move the Identity security stamp) end every copy of the cookie and every open page.
/// </summary>
public sealed class UserSessions(
    IDbContextFactory<JobConnectDbContext> dbFactory,
    TimeProvider clock,
    IOptions<SessionLifetimeOptions> options,
    IOptions<IdentityOptions> identityOptions)
{
    /// <summary>Last-seen writes are skipped when the stored value is younger than this, to spare the database.</summary>
    private static readonly TimeSpan TouchGranularity = TimeSpan.FromMinutes(1);

    public async Task<string> StartAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            StartedUtc = now,
            LastSeenUtc = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Sessions that ran out are removed as new ones start, so the table stays small.
        var oldest = now - options.Value.AbsoluteLifetime;
        await db.UserSessions.Where(s => s.UserId == userId && s.StartedUtc < oldest).ExecuteDeleteAsync(ct);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirstValue(ScopeClaims.SessionId) is { } sessionId)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>
    /// True while the principal's session may go on. <paramref name="circuitActivityUtc"/> is the last
    /// click in an open page (null for an HTTP request, which is activity itself). A session that
    /// fails a check is deleted, so it cannot come back.
    /// </summary>
    public async Task<bool> ValidateAsync(ClaimsPrincipal principal, DateTime? circuitActivityUtc, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = principal.FindFirstValue(ScopeClaims.SessionId);
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || sessionId is null || stamp is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (from s in db.UserSessions
                           join u in db.Users on s.UserId equals u.Id
                           where s.Id == sessionId && s.UserId == userId
                           select new { s.StartedUtc, s.LastSeenUtc, u.SecurityStamp, u.LockoutEnd })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var lastActivity = circuitActivityUtc is { } circuit && circuit > found.LastSeenUtc ? circuit : found.LastSeenUtc;
        var alive = found.SecurityStamp == stamp
                    && (found.LockoutEnd is null || found.LockoutEnd <= now)
                    && now.UtcDateTime - lastActivity <= options.Value.IdleTimeout
                    && now.UtcDateTime - found.StartedUtc <= options.Value.AbsoluteLifetime;
        if (!alive)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
            return false;
        }

        var seen = circuitActivityUtc is null ? now.UtcDateTime : lastActivity;
        if (seen - found.LastSeenUtc >= TouchGranularity)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, seen), ct);
        }
        return true;
    }
}
