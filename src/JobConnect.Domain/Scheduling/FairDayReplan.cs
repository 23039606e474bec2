namespace JobConnect.Domain.Scheduling;

/// <summary>The result of a fair-day re-plan (<see cref="FairDayReplanner"/>).</summary>
public sealed record FairDayReplan
{
    /// <summary>The whole plan afterwards, frozen conversations included, ordered by slot, employer, table.</summary>
    public required IReadOnlyList<ScheduledConversation> Conversations { get; init; }

    /// <summary>People whose plan (employer, table or slot of any conversation) differs from the stored one.</summary>
    public required IReadOnlyList<int> ChangedPeople { get; init; }

    /// <summary>Movable stored conversations of people still expected that kept their table and slot.</summary>
    public required int Kept { get; init; }

    /// <summary>Stored conversations that moved or were dropped (a no-show's included).</summary>
    public required int Moved { get; init; }

    /// <summary>Conversations the stored plan did not have.</summary>
    public required int Added { get; init; }

    /// <summary>People with at least one conversation afterwards (the first tier of the objective).</summary>
    public required int Served { get; init; }

    /// <summary>Scores plus follow-up bonuses of the whole plan (the third tier of the objective).</summary>
    public required long Value { get; init; }

    /// <summary>Whether the solver proved the plan optimal (it always does unless stopped by its time limit).</summary>
    public required bool IsProvablyOptimal { get; init; }
}
