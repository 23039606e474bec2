using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Domain.Invitations;

/// <summary>A jobseeker invited into one phase of a fair; at most one per person and fair.</summary>
public class Invitation : Entity
{
    public int FairId { get; set; }
    public int FairPhaseId { get; set; }
    public FairPhase? FairPhase { get; set; }
    public int JobseekerId { get; set; }
    public Jobseeker? Jobseeker { get; set; }

    /// <summary>Denormalized owner for scoping queries without a join.</summary>
    public int AgencyId { get; set; }

    public required string IssuedByUserId { get; set; }
    public InvitationStatus Status { get; set; } = InvitationStatus.Planned;
    public TimeOnly? ArrivalFrom { get; set; }
    public TimeOnly? ArrivalTo { get; set; }

    /// <summary>Short code printed (and as QR) on the letter for check-in.</summary>
    public required string CheckInCode { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>Goes up by one whenever this person's conversations change (planned, moved, removed, re-planned).</summary>
    public int PlanVersion { get; set; }

    /// <summary>
    /// The <see cref="PlanVersion"/> the person last received on paper or by e-mail (letter or change notice);
    /// <c>null</c> before any letter. A higher <see cref="PlanVersion"/> means the person needs a change notice.
    /// </summary>
    public int? PlanVersionSent { get; set; }

    /// <summary>Whether the plan changed after the person last received it.</summary>
    public bool NeedsChangeNotice => PlanVersionSent is { } sent && PlanVersion > sent;
    public DateTime CreatedUtc { get; set; }

    /// <summary>When the person was checked in at the entrance (UTC); null until they arrive.</summary>
    public DateTime? ArrivedUtc { get; set; }

    /// <summary>Who checked the person in (organizer or check-in helper).</summary>
    public string? CheckedInByUserId { get; set; }

    /// <summary>The desk that checked the person in, e.g. "Eingang 2"; helps when a queue is asked about later.</summary>
    public string? CheckInDesk { get; set; }

    /// <summary>Registered at the desk on the fair day without a letter (minimal data, with consent).</summary>
    public bool IsWalkIn { get; set; }

    /// <summary>Since when the person waits on the standby list for a freed slot; null when not waiting.</summary>
    public DateTime? StandbySinceUtc { get; set; }
    public List<InvitationStatusChange> History { get; set; } = [];

    /// <summary>Whether the invitation still holds a seat.</summary>
    public bool HoldsSeat => HoldsSeatIn(Status);

    /// <summary>Whether an invitation in this status holds a seat (everything but declined and cancelled).</summary>
    public static bool HoldsSeatIn(InvitationStatus status) => status is not (InvitationStatus.Declined or InvitationStatus.Cancelled);

    /// <summary>The steps of the process: planned → invited → confirmed / declined → arrived / no-show; cancel until the fair.</summary>
    private static readonly Dictionary<InvitationStatus, InvitationStatus[]> Next = new()
    {
        [InvitationStatus.Planned] = [InvitationStatus.Invited, InvitationStatus.Cancelled],
        [InvitationStatus.Invited] = [InvitationStatus.Confirmed, InvitationStatus.Declined, InvitationStatus.Arrived, InvitationStatus.NoShow, InvitationStatus.Cancelled],
        [InvitationStatus.Confirmed] = [InvitationStatus.Declined, InvitationStatus.Arrived, InvitationStatus.NoShow, InvitationStatus.Cancelled],
        // A person marked absent may still turn up late.
        [InvitationStatus.NoShow] = [InvitationStatus.Arrived],
        [InvitationStatus.Arrived] = [],
        [InvitationStatus.Declined] = [],
        [InvitationStatus.Cancelled] = [],
    };

    public bool CanChangeTo(InvitationStatus status) => Next[Status].Contains(status);

    /// <summary>Moves to <paramref name="status"/> and records the step; a cancellation needs a reason.</summary>
    public void ChangeStatus(InvitationStatus status, string byUserId, DateTime atUtc, string? note = null)
    {
        if (!CanChangeTo(status))
        {
            throw new InvalidOperationException($"An invitation cannot go from {Status} to {status}.");
        }
        if (status == InvitationStatus.Cancelled && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("A cancellation needs a reason.", nameof(note));
        }
        Status = status;
        CancelReason = status == InvitationStatus.Cancelled ? note!.Trim() : CancelReason;
        if (!HoldsSeat)
        {
            ArrivalFrom = ArrivalTo = null; // no longer expected at the entrance
        }
        History.Add(new InvitationStatusChange { Status = status, AtUtc = atUtc, ByUserId = byUserId, Note = note });
    }

    public bool IsCheckedIn => ArrivedUtc is not null;

    /// <summary>Whether the person is still expected at the entrance (holds a seat, has not come, not marked absent).</summary>
    public bool IsExpected => Status is (InvitationStatus.Planned or InvitationStatus.Invited or InvitationStatus.Confirmed) && !IsCheckedIn;

    /// <summary>Marks an expected person absent after their arrival window; a late arrival's check-in reverses it.</summary>
    public void MarkNoShow(string byUserId, DateTime atUtc)
    {
        if (!IsExpected)
        {
            throw new InvalidOperationException($"An invitation in status {Status} cannot become a no-show.");
        }
        Status = InvitationStatus.NoShow;
        History.Add(new InvitationStatusChange { Status = InvitationStatus.NoShow, AtUtc = atUtc, ByUserId = byUserId });
    }

    /// <summary>Takes back a no-show marked by mistake: the status before it returns (the person is expected again).</summary>
    public void UndoNoShow(string byUserId, DateTime atUtc)
    {
        if (Status != InvitationStatus.NoShow)
        {
            throw new InvalidOperationException("Only a no-show can be taken back.");
        }
        var before = History.LastOrDefault(h => h.Status != InvitationStatus.NoShow)?.Status ?? InvitationStatus.Invited;
        Status = before is InvitationStatus.Planned or InvitationStatus.Invited or InvitationStatus.Confirmed ? before : InvitationStatus.Invited;
        History.Add(new InvitationStatusChange { Status = Status, AtUtc = atUtc, ByUserId = byUserId, Note = "no-show taken back" });
    }

    /// <summary>Invites again after a decline or cancellation: the one invitation per person and fair starts over.</summary>
    public void Reopen(int fairPhaseId, string byUserId, DateTime atUtc)
    {
        if (HoldsSeat)
        {
            throw new InvalidOperationException("Only a declined or cancelled invitation can be reopened.");
        }
        FairPhaseId = fairPhaseId;
        Status = InvitationStatus.Planned;
        CancelReason = null;
        ArrivalFrom = ArrivalTo = null;
        History.Add(new InvitationStatusChange { Status = InvitationStatus.Planned, AtUtc = atUtc, ByUserId = byUserId, Note = "reopened" });
    }
}

public enum InvitationStatus
{
    Planned = 0,
    Invited = 1,
    Confirmed = 2,
    Declined = 3,
    Arrived = 4,
    NoShow = 5,
    Cancelled = 6,
}

/// <summary>One step in an invitation's status history.</summary>
public class InvitationStatusChange
{
    public InvitationStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
    public required string ByUserId { get; set; }
    public string? Note { get; set; }
}
