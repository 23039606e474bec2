namespace JobConnect.Domain.Scheduling;

/// <summary>
/// A <see cref="SchedulingProblem"/> turned into dense indices and slot bit masks. People and employers
/// are sorted by id so results do not depend on the order of the input lists.
/// </summary>
internal sealed class PhaseModel
{
    private PhaseModel(SchedulingProblem problem)
    {
        Problem = problem;
        SlotCount = problem.SlotCount;
        var open = SlotMask.All(SlotCount) & ~SlotMask.Of(problem.BlockedSlots);

        var people = problem.People.OrderBy(p => p.Id).ToArray();
        PersonIds = [.. people.Select(p => p.Id)];
        PersonIndex = people.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        MaxConversations = [.. people.Select(p => p.MaxConversations)];
        PersonAllowed = [.. people.Select(p => open & ~SlotMask.Below(p.EarliestSlot ?? 0))];

        var employers = problem.Employers.OrderBy(e => e.Id).ToArray();
        EmployerIds = [.. employers.Select(e => e.Id)];
        EmployerIndex = employers.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        TableStart = new int[employers.Length + 1];
        var tableAllowed = new List<ulong>();
        var tableEmployer = new List<int>();
        for (var e = 0; e < employers.Length; e++)
        {
            TableStart[e] = tableAllowed.Count;
            var allowed = open & ~SlotMask.Of(employers[e].AbsentSlots ?? new HashSet<int>());
            for (var t = 0; t < employers[e].TableCount; t++)
            {
                tableAllowed.Add(allowed);
                tableEmployer.Add(e);
            }
        }

        TableStart[employers.Length] = tableAllowed.Count;
        TableAllowed = [.. tableAllowed];
        TableEmployer = [.. tableEmployer];

        // Best score per person × employer; the lower vacancy id breaks ties so the choice is stable.
        Pairs = [.. problem.Candidates
            .Select(c => new Pair(PersonIndex[c.PersonId], EmployerIndex[c.EmployerId], c.VacancyId, c.Score))
            .GroupBy(c => (c.Person, c.Employer))
            .Select(g => g.OrderByDescending(c => c.Score).ThenBy(c => c.VacancyId).First())
            .OrderBy(c => c.Person).ThenBy(c => c.Employer)];
        PairIndex = Pairs.Select((c, i) => (c, i)).ToDictionary(x => (x.c.Person, x.c.Employer), x => x.i);

        Pins = [.. problem.Pinned
            .Select(p => new Pin(
                PersonIndex[p.PersonId],
                TableStart[EmployerIndex[p.EmployerId]] + p.TableIndex,
                p.Slot,
                p.VacancyId,
                PairIndex.TryGetValue((PersonIndex[p.PersonId], EmployerIndex[p.EmployerId]), out var i) ? Pairs[i].Score : 0))
            .OrderBy(p => p.Person).ThenBy(p => p.Slot)];
    }

    public SchedulingProblem Problem { get; }

    public int SlotCount { get; }

    public int[] PersonIds { get; }

    public Dictionary<int, int> PersonIndex { get; }

    public int[] MaxConversations { get; }

    /// <summary>Slots each person can attend (open, not before their earliest slot).</summary>
    public ulong[] PersonAllowed { get; }

    public int[] EmployerIds { get; }

    public Dictionary<int, int> EmployerIndex { get; }

    /// <summary>Global index of each employer's first table; the last entry is the table count.</summary>
    public int[] TableStart { get; }

    /// <summary>Slots each table (global index) can be used (open, employer present).</summary>
    public ulong[] TableAllowed { get; }

    public int[] TableEmployer { get; }

    public Pair[] Pairs { get; }

    public Dictionary<(int Person, int Employer), int> PairIndex { get; }

    public Pin[] Pins { get; }

    public int PersonCount => PersonIds.Length;

    public int EmployerCount => EmployerIds.Length;

    public int TableCount => TableAllowed.Length;

    public static PhaseModel Create(SchedulingProblem problem)
    {
        var errors = problem.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid scheduling problem: " + string.Join(" ", errors), nameof(problem));
        }

        return new PhaseModel(problem);
    }

    /// <summary>
    /// Fairness-weighted value of a person having <paramref name="count"/> conversations, without scores:
    /// the first is worth <paramref name="firstBonus"/>, the following ones the configured bonuses.
    /// </summary>
    public static long RankBonus(int count, long firstBonus, SchedulingOptions options)
    {
        long total = count > 0 ? firstBonus : 0;
        for (var k = 2; k <= count; k++)
        {
            total += options.FollowUpBonus(k);
        }

        return total;
    }

    /// <summary>
    /// A first-conversation bonus larger than everything else the objective can contain, so maximising the
    /// objective maximises the number of people served first (lexicographic fairness).
    /// </summary>
    public long FirstBonus(SchedulingOptions options, bool withKeepBonus)
    {
        long perConversation = 100 + Math.Max(0, options.FollowUpBonuses.DefaultIfEmpty(0).Max())
            + (withKeepBonus ? Math.Max(0, options.KeepBonus) : 0);
        long conversations = MaxConversations.Sum(k => (long)k);
        return (perConversation * conversations) + 1;
    }

    public readonly record struct Pair(int Person, int Employer, int VacancyId, int Score);

    public readonly record struct Pin(int Person, int Table, int Slot, int VacancyId, int Score);
}
