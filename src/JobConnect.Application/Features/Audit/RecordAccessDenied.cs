using JobConnect.Application.Data;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Audit;

/// <summary>
/// A signed-in user asked for a page or action their role does not allow (ASVS V16.3.2). Repeated
/// entries show someone probing addresses; the entry names the address, never what the page holds.
/// </summary>
public sealed class RecordAccessDenied(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The column's width (<c>AuditEntry.EntityId</c>); longer addresses are cut.</summary>
    private const int MaxTarget = 60;

    /// <param name="target">The address asked for, without its query string (which may carry search words).</param>
    public async Task HandleAsync(string userId, string target, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct) ?? userId,
            Action = AuditActions.AccessDenied,
            EntityType = AuditLog.Page,
            EntityId = target.Length > MaxTarget ? target[..MaxTarget] : target,
        });
        await db.SaveChangesAsync(ct);
    }
}
