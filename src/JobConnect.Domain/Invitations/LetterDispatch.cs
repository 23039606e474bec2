using JobConnect.Domain.Common;

namespace JobConnect.Domain.Invitations;

/// <summary>What kind of letter went out for an invitation.</summary>
public enum LetterKind
{
    Invitation = 1,
    /// <summary>The plan changed after the invitation letter went out.</summary>
    ChangeNotice = 2,
    /// <summary>An e-mail some days before the fair.</summary>
    Reminder = 3,
}

/// <summary>How a letter went out.</summary>
public enum DispatchChannel
{
    Print = 1,
    Email = 2,
}

/// <summary>
/// Proof that a letter went out for one invitation: which kind, how, when and by whom, in which batch.
/// A job centre's invitation can carry legal consequences, so this record is kept, never deleted;
/// a batch printed by mistake is marked undone instead. A letter that carries the person's own link
/// holds the hash of that link's token (<see cref="PageTokenHash"/>), never the token itself.
/// </summary>
public class LetterDispatch : Entity
{
    /// <summary>The issuer of letters sent by the app itself (the hourly reminder run).</summary>
    public const string SystemIssuer = "system";

    public int InvitationId { get; set; }
    public Invitation? Invitation { get; set; }

    public LetterKind Kind { get; set; }
    public DispatchChannel Channel { get; set; }

    /// <summary>The version of the person's conversation plan the letter printed, once plans are versioned.</summary>
    public int? PlanVersion { get; set; }

    public DateTime IssuedUtc { get; set; }

    /// <summary>The user who printed or sent it, or <see cref="SystemIssuer"/>.</summary>
    public required string IssuedByUserId { get; set; }

    /// <summary>All letters printed or mailed in one go share it; undo works per batch.</summary>
    public Guid BatchId { get; set; }

    /// <summary>The invitation's status before this letter went out, so undoing the batch can restore it.</summary>
    public InvitationStatus StatusBefore { get; set; }

    /// <summary>For a reminder: how many days before the fair it was due (one reminder per person and day count).</summary>
    public int? ReminderDaysBefore { get; set; }

    /// <summary>SHA-256 (hex) of the token of the personal link this letter carries; null for a letter without one.</summary>
    public string? PageTokenHash { get; set; }

    /// <summary>Set when the batch was undone (e.g. printed by mistake); the letter's link stops working.</summary>
    public DateTime? UndoneUtc { get; set; }
    public string? UndoneByUserId { get; set; }

    public bool IsUndone => UndoneUtc is not null;
}
