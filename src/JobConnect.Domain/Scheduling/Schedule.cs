namespace JobConnect.Domain.Scheduling;

/// <summary>The result of scheduling one phase.</summary>
public sealed record Schedule
{
    /// <summary>Conversations ordered by slot, employer, table.</summary>
    public required IReadOnlyList<ScheduledConversation> Conversations { get; init; }

    /// <summary>Quality figures.</summary>
    public required ScheduleMetrics Metrics { get; init; }

    /// <summary>People not served as intended, with the reason.</summary>
    public required IReadOnlyList<UnscheduledReason> Unscheduled { get; init; }

    /// <summary>Differences to the previous schedule; only set by a minimal-changes re-run.</summary>
    public ScheduleChangeSummary? Changes { get; init; }
}
