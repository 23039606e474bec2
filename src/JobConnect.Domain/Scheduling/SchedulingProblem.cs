namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Everything the conversation scheduler needs for one fair phase. Slots are numbered 0..SlotCount-1;
/// blocked slots are breaks in which nobody talks.
/// </summary>
public sealed record SchedulingProblem
{
    /// <summary>Largest supported number of slots per phase (slot sets are kept as 64-bit masks).</summary>
    public const int MaxSlotCount = 64;

    /// <summary>Number of slots in the phase.</summary>
    public required int SlotCount { get; init; }

    /// <summary>Slots in which no conversation may take place (breaks).</summary>
    public IReadOnlySet<int> BlockedSlots { get; init; } = new HashSet<int>();

    /// <summary>Invited people.</summary>
    public required IReadOnlyList<SchedulingPerson> People { get; init; }

    /// <summary>Employers with their booths.</summary>
    public required IReadOnlyList<SchedulingEmployer> Employers { get; init; }

    /// <summary>Acceptable person × employer pairs; for duplicates of a pair the best score wins.</summary>
    public required IReadOnlyList<CandidatePair> Candidates { get; init; }

    /// <summary>Conversations that must stay exactly as they are.</summary>
    public IReadOnlyList<PinnedConversation> Pinned { get; init; } = [];

    /// <summary>
    /// Most people whose first conversation is in the same slot (one arrival wave), or <c>null</c>
    /// for no limit. A soft target: the scheduler spreads waves but never drops a conversation for it.
    /// </summary>
    public int? EntranceCapacity { get; init; }

    /// <summary>Lists every inconsistency that makes the problem unschedulable; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => SchedulingProblemValidator.Validate(this);
}
