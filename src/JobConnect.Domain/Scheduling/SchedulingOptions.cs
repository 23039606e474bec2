namespace JobConnect.Domain.Scheduling;

/// <summary>Tuning of the conversation scheduler; the defaults suit a job fair.</summary>
public sealed record SchedulingOptions
{
    /// <summary>Default options.</summary>
    public static SchedulingOptions Default { get; } = new();

    /// <summary>
    /// Bonus for a person's 2nd, 3rd, … conversation (non-increasing; missing entries count 0). The first
    /// conversation always outweighs everything else, so coverage comes before score.
    /// </summary>
    public IReadOnlyList<int> FollowUpBonuses { get; init; } = [30, 10];

    /// <summary>Bonus for keeping a previous conversation in a minimal-changes re-run.</summary>
    public int KeepBonus { get; init; } = 200;

    /// <summary>Passes of the local search that shortens idle gaps and spreads arrival waves; 0 turns it off.</summary>
    public int ImprovementPasses { get; init; } = 8;

    /// <summary>Rounds of re-solving the selection when restrictions leave chosen conversations unplaceable.</summary>
    public int RepairRounds { get; init; } = 4;

    /// <summary>Bonus for the k-th conversation of a person (k ≥ 2, 1-based).</summary>
    internal int FollowUpBonus(int k) => k - 2 < FollowUpBonuses.Count ? FollowUpBonuses[k - 2] : 0;
}
