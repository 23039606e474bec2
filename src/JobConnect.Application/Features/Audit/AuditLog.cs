using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Audit;

/// <summary>Actions recorded in the audit log; stored as text so old entries stay readable.</summary>
public static class AuditActions
{
    public const string Viewed = "Viewed";
    public const string Created = "Created";
    public const string Changed = "Changed";
    public const string Archived = "Archived";
    public const string Exported = "Exported";
    public const string Erased = "Erased";
    public const string Imported = "Imported";
    public const string Anonymized = "Anonymized";
}

public static class AuditLog
{
    public const string Jobseeker = "Jobseeker";

    /// <summary>A batch of invitation letters; the entry's id is the number of people in it.</summary>
    public const string Letters = "Letters";

    /// <summary>A check-in list; the entry's id is the number of people on it.</summary>
    public const string CheckInList = "CheckInList";

    /// <summary>Adds an entry to the context; it is saved with the change it documents (same transaction).</summary>
    public static async Task AddAuditAsync(this JobConnectDbContext db, UserScope scope, TimeProvider clock, string action, string entityType, object entityId,
        CancellationToken ct) =>
        db.AddAudit(scope, clock, await db.UserNameAsync(scope, ct), action, entityType, entityId);

    /// <summary>The user's name as the log shows it, kept in the entry so it survives the account.</summary>
    public static async Task<string> UserNameAsync(this JobConnectDbContext db, UserScope scope, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == scope.UserId).Select(u => u.UserName).FirstOrDefaultAsync(ct) ?? scope.UserId;

    public static void AddAudit(this JobConnectDbContext db, UserScope scope, TimeProvider clock, string userName, string action, string entityType, object entityId) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = scope.UserId,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });
}
