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
    public DateTime CreatedUtc { get; set; }
    public List<InvitationStatusChange> History { get; set; } = [];

    /// <summary>Whether the invitation still holds a seat.</summary>
    public bool HoldsSeat => Status is not (InvitationStatus.Declined or InvitationStatus.Cancelled);
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
