namespace JobConnect.Domain.Fairs;

/// <summary>What can be wrong with a phase's settings; the UI turns each into a message at its field.</summary>
public enum PhaseProblem
{
    EndNotAfterStart,
    SlotLengthOutOfRange,
    TooManySlots,
    NoSlotLeft,
    BreakEndNotAfterStart,
    BreakOutsidePhase,
    BreaksOverlap,
    SeatCapacityOutOfRange,
    ConversationsPerPersonOutOfRange,
    MinimumScoreOutOfRange,
    EntranceCapacityOutOfRange,
    NameRequired,
    NameTooLong,
    /// <summary>Another phase of the fair has the name; letters and lists tell phases apart by it.</summary>
    NameTaken,
    /// <summary>
    /// The phase's time span overlaps another phase's: a booth of both target groups would have to staff
    /// its tables twice at once, so the planner keeps phases apart in time.
    /// </summary>
    OverlapsOtherPhase,
}

/// <summary>The rules a phase's settings must keep, shared by the settings form and the service that saves them.</summary>
public static class PhaseRules
{
    /// <summary>15 minutes is the practical minimum for a first conversation; an hour is no longer "short".</summary>
    public const int MinSlotMinutes = 15, MaxSlotMinutes = 60;
    public const int MaxSeats = 5000, MaxConversationsPerPerson = 6, MaxEntranceCapacity = 1000;

    /// <summary>The scheduler keeps a phase's slots as a 64-bit set.</summary>
    public const int MaxSlots = 64;

    /// <summary>
    /// The lowest minimum score a phase may set: one above the most a pair missing a must-have skill
    /// can score, so the schedule never plans a conversation that misses one (docs/matching.md).
    /// </summary>
    public const int LowestMinimumScore = Matching.MatchRules.MustHaveMissingMaxScore + 1;

    /// <summary>The phase's own rules plus those among the other phases of its fair (name, time span); <paramref name="otherPhases"/> without the phase itself.</summary>
    public static IReadOnlyList<PhaseProblem> Check(FairPhase phase, IEnumerable<FairPhase> otherPhases)
    {
        var problems = Check(phase).ToList();
        var name = phase.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(PhaseProblem.NameRequired);
        }
        else if (name.Length > FairPhase.NameMaxLength)
        {
            problems.Add(PhaseProblem.NameTooLong);
        }
        var others = otherPhases.ToList();
        if (others.Any(o => string.Equals(o.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(PhaseProblem.NameTaken);
        }
        if (others.Any(o => o.Start < phase.End && phase.Start < o.End))
        {
            problems.Add(PhaseProblem.OverlapsOtherPhase);
        }
        return problems;
    }

    public static IReadOnlyList<PhaseProblem> Check(FairPhase phase)
    {
        var problems = new List<PhaseProblem>();
        if (phase.End <= phase.Start)
        {
            problems.Add(PhaseProblem.EndNotAfterStart);
        }
        if (phase.SlotMinutes is < MinSlotMinutes or > MaxSlotMinutes)
        {
            problems.Add(PhaseProblem.SlotLengthOutOfRange);
        }

        // Breaks can only be judged against a phase that has a time span.
        var breaks = phase.End > phase.Start ? phase.Breaks.OrderBy(b => b.Start).ToList() : [];
        if (breaks.Any(b => b.End <= b.Start))
        {
            problems.Add(PhaseProblem.BreakEndNotAfterStart);
        }
        else if (breaks.Any(b => b.Start < phase.Start || b.End > phase.End))
        {
            problems.Add(PhaseProblem.BreakOutsidePhase);
        }
        else if (breaks.Zip(breaks.Skip(1)).Any(pair => pair.Second.Start < pair.First.End))
        {
            problems.Add(PhaseProblem.BreaksOverlap);
        }

        if (problems.Count == 0)
        {
            var slots = phase.SlotStarts().Count;
            if (slots == 0)
            {
                problems.Add(PhaseProblem.NoSlotLeft);
            }
            else if ((phase.End - phase.Start).TotalMinutes / phase.SlotMinutes > MaxSlots)
            {
                problems.Add(PhaseProblem.TooManySlots);
            }
        }

        if (phase.SeatCapacity is < 0 or > MaxSeats)
        {
            problems.Add(PhaseProblem.SeatCapacityOutOfRange);
        }
        if (phase.ConversationsPerPerson is < 1 or > MaxConversationsPerPerson)
        {
            problems.Add(PhaseProblem.ConversationsPerPersonOutOfRange);
        }
        if (phase.MinimumScore < LowestMinimumScore || phase.MinimumScore > 100)
        {
            problems.Add(PhaseProblem.MinimumScoreOutOfRange);
        }
        if (phase.EntranceCapacityPerWave is < 1 or > MaxEntranceCapacity)
        {
            problems.Add(PhaseProblem.EntranceCapacityOutOfRange);
        }
        return problems;
    }
}
