namespace JobConnect.Domain.Scheduling;

/// <summary>
/// The plan of a phase on the fair day, as input to <see cref="FairDayReplanner"/>: what is stored,
/// what has started, who is here and who did not come.
/// </summary>
public sealed record FairDayProblem
{
    /// <summary>
    /// The phase: slots, people, employers and acceptable pairs. Its <see cref="SchedulingProblem.Pinned"/>
    /// list is ignored; the frozen conversations of <see cref="Current"/> take its place.
    /// </summary>
    public required SchedulingProblem Phase { get; init; }

    /// <summary>The stored plan; <see cref="ScheduledConversation.IsPinned"/> marks the organizer's pins.</summary>
    public required IReadOnlyList<ScheduledConversation> Current { get; init; }

    /// <summary>First slot that has not started yet ("now"); conversations before it took place or are running.</summary>
    public required int FirstOpenSlot { get; init; }

    /// <summary>Person × employer pairs whose conversation has an outcome recorded; they never move.</summary>
    public IReadOnlySet<(int PersonId, int EmployerId)> WithOutcome { get; init; } = new HashSet<(int, int)>();

    /// <summary>People who are here (checked in, walk-ins on standby): they may get new conversations.</summary>
    public IReadOnlySet<int> Present { get; init; } = new HashSet<int>();

    /// <summary>People marked no-show: they lose every conversation that has not started and has no outcome.</summary>
    public IReadOnlySet<int> Absent { get; init; } = new HashSet<int>();

    /// <summary>
    /// Whether a stored conversation stays exactly where it is: it started, has an outcome, or is pinned
    /// for someone who has not been marked absent.
    /// </summary>
    public bool IsFrozen(ScheduledConversation c) =>
        c.Slot < FirstOpenSlot || WithOutcome.Contains((c.PersonId, c.EmployerId)) || (c.IsPinned && !Absent.Contains(c.PersonId));
}
