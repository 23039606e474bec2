namespace JobConnect.Domain.Scheduling;

/// <summary>Figures describing the quality of a <see cref="Schedule"/>.</summary>
public sealed record ScheduleMetrics
{
    /// <summary>Sum of the match scores of all conversations, pins included.</summary>
    public required long TotalScore { get; init; }

    /// <summary>
    /// Fairness-weighted quality the optimisation maximises: scores plus a bonus per person for the
    /// first conversation (large enough to put coverage first) and smaller bonuses for the following ones.
    /// </summary>
    public required long Objective { get; init; }

    /// <summary>
    /// Upper bound on <see cref="Objective"/> from the min-cost flow (it ignores which slot each conversation
    /// gets); equal to <see cref="Objective"/> when every chosen conversation was placed, which makes the
    /// schedule provably optimal. <c>null</c> for heuristics that compute no bound.
    /// </summary>
    public required long? ObjectiveUpperBound { get; init; }

    /// <summary>Whether <see cref="Objective"/> provably equals the best possible value.</summary>
    public bool IsProvablyOptimal => Objective == ObjectiveUpperBound;

    /// <summary>Number of conversations.</summary>
    public required int ConversationCount { get; init; }

    /// <summary>People with at least one conversation.</summary>
    public required int PeopleWithConversation { get; init; }

    /// <summary>People with at least one acceptable candidate pair or pin.</summary>
    public required int PeopleWithCandidate { get; init; }

    /// <summary>Idle slots between a person's first and last conversation, summed over people (breaks excluded).</summary>
    public required int IdleSlots { get; init; }

    /// <summary><see cref="IdleSlots"/> before the local improvement of slot order.</summary>
    public required int IdleSlotsBeforeImprovement { get; init; }

    /// <summary>Number of people whose first conversation is in each slot (the arrival wave loads).</summary>
    public required IReadOnlyList<int> FirstSlotHistogram { get; init; }

    /// <summary>People beyond the entrance capacity, summed over slots (0 when within capacity).</summary>
    public required int EntranceOverflow { get; init; }

    /// <summary><see cref="EntranceOverflow"/> before the local improvement of slot order.</summary>
    public required int EntranceOverflowBeforeImprovement { get; init; }
}
