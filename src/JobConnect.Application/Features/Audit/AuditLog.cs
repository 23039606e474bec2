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
    /// <summary>The person's invitation moved to a status: the action is this prefix plus the status name.</summary>
    public const string InvitationPrefix = "Invitation";
    /// <summary>The person is in a batch of invitation letters (printed, zipped or e-mailed).</summary>
    public const string InLetters = "InLetters";
    /// <summary>The person is on a printed check-in list.</summary>
    public const string OnCheckInList = "OnCheckInList";
    /// <summary>An employer (or the organizers' print run) received a booth schedule with the person on it.</summary>
    public const string OnBoothSchedule = "OnBoothSchedule";
    /// <summary>A batch of letters was undone (printed by mistake); the entry's id is the number of letters.</summary>
    public const string LettersUndone = "LettersUndone";
    /// <summary>Someone opened a person's page with the personal link of their letter.</summary>
    public const string PersonalPageOpened = "PersonalPageOpened";
    /// <summary>An e-mail reminder went out to the person.</summary>
    public const string Reminded = "Reminded";
    /// <summary>The person is on an exported attendance list (XLSX or PDF) of their agency.</summary>
    public const string OnAttendanceList = "OnAttendanceList";
    /// <summary>A caseworker recorded a follow-up of the person (interview held, contract).</summary>
    public const string FollowUpRecorded = "FollowUpRecorded";
    public const string SignedIn = "SignedIn";
    public const string SignedInTwoFactor = "SignedInTwoFactor";
    public const string SignedInRecoveryCode = "SignedInRecoveryCode";
    public const string SignInFailed = "SignInFailed";
    public const string SignInLockedOut = "SignInLockedOut";
    public const string SignInThrottled = "SignInThrottled";
    /// <summary>A signed-in user was refused a page their role does not allow.</summary>
    public const string AccessDenied = "AccessDenied";
}

public static class AuditLog
{
    public const string Jobseeker = "Jobseeker";

    /// <summary>A batch of invitation letters; the entry's id is the number of people in it.</summary>
    public const string Letters = "Letters";

    /// <summary>An export of the audit log itself; the entry's id is the number of entries in it.</summary>
    public const string AuditLogRecord = "AuditLog";

    /// <summary>A user account (sign-ins, administration); the entry's id is the user's id.</summary>
    public const string Account = "Account";

    /// <summary>A check-in list; the entry's id is the number of people on it.</summary>
    public const string CheckInList = "CheckInList";

    /// <summary>An organizer's change to the skills vocabulary; the entry's id is the change's id.</summary>
    public const string SkillVocabulary = "SkillVocabulary";
    /// <summary>A page or endpoint of the app; the entry's id is its address.</summary>
    public const string Page = "Page";

    /// <summary>A use case (or the scope rule it applies) that refused the user; the entry's id is its name.</summary>
    public const string UseCase = "UseCase";

    /// <summary>Adds an entry to the context; it is saved with the change it documents (same transaction).</summary>
    public static async Task AddAuditAsync(this JobConnectDbContext db, UserScope scope, TimeProvider clock, string action, string entityType, object entityId,
        CancellationToken ct) =>
        db.AddAudit(scope, clock, await db.UserNameAsync(scope, ct), action, entityType, entityId);

    /// <summary>The user's name as the log shows it, kept in the entry so it survives the account.</summary>
    public static async Task<string> UserNameAsync(this JobConnectDbContext db, UserScope scope, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == scope.UserId).Select(u => u.UserName).FirstOrDefaultAsync(ct) ?? scope.UserId;

    /// <summary>One entry per person of a document, so each agency can read who received its clients' data.</summary>
    public static async Task AddAuditForPeopleAsync(this JobConnectDbContext db, UserScope scope, TimeProvider clock, string action, IEnumerable<int> jobseekerIds,
        CancellationToken ct)
    {
        var userName = await db.UserNameAsync(scope, ct);
        foreach (var id in jobseekerIds.Distinct())
        {
            db.AddAudit(scope, clock, userName, action, Jobseeker, id);
        }
    }

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
