using JobConnect.Application.Data;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Audit;

/// <summary>
/// Sign-ins and failed sign-ins in the audit log (ASVS V16.3.1). The account is named by its id;
/// what someone typed for an unknown account is never stored — it may be a password typed into the
/// wrong field.
/// </summary>
public sealed class RecordSignIn(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public const string UnknownAccount = "unknown";

    /// <summary><paramref name="action"/> is one of the sign-in actions of <see cref="AuditActions"/>.</summary>
    public Task SucceededAsync(string userId, string userName, string action, CancellationToken ct) =>
        AddAsync(userId, userName, action, userId, ct);

    /// <summary>A refused attempt; without a known account, the entry names none.</summary>
    public Task FailedAsync(string? userId, string? userName, string action, CancellationToken ct) =>
        AddAsync(userId ?? UnknownAccount, userName ?? UnknownAccount, action, userId ?? UnknownAccount, ct);

    private async Task AddAsync(string userId, string userName, string action, string accountId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = AuditLog.Account,
            EntityId = accountId,
        });
        await db.SaveChangesAsync(ct);
    }
}
