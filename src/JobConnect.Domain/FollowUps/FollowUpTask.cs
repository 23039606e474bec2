using JobConnect.Domain.Common;

namespace JobConnect.Domain.FollowUps;

/// <summary>
/// A caseworker's check on a client some weeks after the fair: was the interview held, did a contract
/// follow? One task per client with an outcome and per milestone (2, 6, 12 weeks); the answers feed the
/// funnel's last steps.
/// </summary>
public class FollowUpTask : Entity
{
    /// <summary>The milestones after the fair, in weeks.</summary>
    public static readonly IReadOnlyList<int> Milestones = [2, 6, 12];

    public int FairId { get; set; }
    public int InvitationId { get; set; }

    /// <summary>Denormalized owner for scoping without a join, as on the invitation.</summary>
    public int AgencyId { get; set; }

    public int WeeksAfterFair { get; set; }
    public DateOnly DueOn { get; set; }

    public DateTime? CompletedUtc { get; set; }
    public string? CompletedByUserId { get; set; }
    public InterviewHeld InterviewHeld { get; set; } = InterviewHeld.Unknown;
    public ContractKind Contract { get; set; } = ContractKind.None;
    public DateOnly? ContractStart { get; set; }

    /// <summary>The company the contract is with (one the client talked to at the fair).</summary>
    public int? ContractEmployerId { get; set; }

    public string? Note { get; set; }

    public bool IsDone => CompletedUtc is not null;

    /// <summary>Records the answers; a contract needs its company and start date.</summary>
    public void Complete(InterviewHeld interviewHeld, ContractKind contract, int? employerId, DateOnly? start, string? note, string byUserId, DateTime atUtc)
    {
        if (contract != ContractKind.None && (employerId is null || start is null))
        {
            throw new ArgumentException("A contract needs a company and a start date.");
        }
        InterviewHeld = interviewHeld;
        Contract = contract;
        ContractEmployerId = contract == ContractKind.None ? null : employerId;
        ContractStart = contract == ContractKind.None ? null : start;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CompletedByUserId = byUserId;
        CompletedUtc = atUtc;
    }
}

/// <summary>Whether the interview agreed at the fair took place.</summary>
public enum InterviewHeld
{
    Unknown = 0,
    Yes = 1,
    No = 2,
    NotYet = 3,
}

/// <summary>The contract a client signed after the fair, counted as a placement.</summary>
public enum ContractKind
{
    None = 0,
    Job = 1,
    Apprenticeship = 2,
}
