using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

/// <summary>
/// Exhaustive optimum for tiny phases: every person in turn chooses employers, tables and slots, with
/// memoisation on (person, occupied table-slots). Compares lexicographically (people served, then
/// score plus follow-up bonuses) — the same order the scheduler's objective encodes.
/// </summary>
internal sealed class BruteForce
{
    private readonly SchedulingProblem _problem;
    private readonly SchedulingPerson[] _people;
    private readonly (int Employer, int Table, ulong Allowed)[] _tables;
    private readonly Dictionary<(int, ulong), (int Served, long Value)> _memo = [];
    private readonly IReadOnlyList<int> _bonuses;

    public BruteForce(SchedulingProblem problem, IReadOnlyList<int> followUpBonuses)
    {
        _problem = problem;
        _bonuses = followUpBonuses;
        _people = [.. problem.People];
        _tables = [.. problem.Employers.SelectMany(e => Enumerable.Range(0, e.TableCount).Select(t => (e.Id, t,
            Open() & ~Mask(e.AbsentSlots ?? new HashSet<int>()))))];
        if (_tables.Length * problem.SlotCount > 64)
        {
            throw new ArgumentException("Too large for brute force.");
        }
    }

    public (int Served, long Value) Optimum()
    {
        ulong occupied = 0;
        foreach (var pin in _problem.Pinned)
        {
            occupied |= 1UL << Cell(TableOf(pin.EmployerId, pin.TableIndex), pin.Slot);
        }

        return Best(0, occupied);
    }

    /// <summary>The same measure for a finished schedule.</summary>
    public (int Served, long Value) Measure(Schedule schedule)
    {
        var served = 0;
        long value = 0;
        foreach (var group in schedule.Conversations.GroupBy(c => c.PersonId))
        {
            served++;
            value += group.Sum(c => (long)c.Score) + Enumerable.Range(2, group.Count() - 1).Sum(Bonus);
        }

        return (served, value);
    }

    private (int Served, long Value) Best(int index, ulong occupied)
    {
        if (index == _people.Length)
        {
            return (0, 0);
        }

        if (_memo.TryGetValue((index, occupied), out var known))
        {
            return known;
        }

        var person = _people[index];
        var pins = _problem.Pinned.Where(p => p.PersonId == person.Id).ToList();
        var personSlots = Open() & ~Below(person.EarliestSlot ?? 0) & ~Mask(pins.Select(p => p.Slot));
        var pairs = _problem.Candidates.Where(c => c.PersonId == person.Id && pins.All(p => p.EmployerId != c.EmployerId))
            .GroupBy(c => c.EmployerId).Select(g => (Employer: g.Key, Score: g.Max(c => c.Score))).ToArray();
        var pinScore = pins.Sum(p => (long)(_problem.Candidates.Where(c => c.PersonId == p.PersonId && c.EmployerId == p.EmployerId)
            .Select(c => c.Score).DefaultIfEmpty(0).Max()));

        var best = (Served: int.MinValue, Value: long.MinValue);
        void Visit(int pairIndex, int count, long score, ulong busy, ulong occ)
        {
            if (pairIndex == pairs.Length)
            {
                var total = pins.Count + count;
                var rest = Best(index + 1, occ);
                var candidate = (rest.Served + (total > 0 ? 1 : 0),
                    rest.Value + pinScore + score + Enumerable.Range(2, Math.Max(0, total - 1)).Sum(Bonus));
                if (candidate.CompareTo(best) > 0)
                {
                    best = candidate;
                }

                return;
            }

            Visit(pairIndex + 1, count, score, busy, occ);
            if (pins.Count + count >= person.MaxConversations)
            {
                return;
            }

            for (var t = 0; t < _tables.Length; t++)
            {
                if (_tables[t].Employer != pairs[pairIndex].Employer)
                {
                    continue;
                }

                for (var s = 0; s < _problem.SlotCount; s++)
                {
                    var cell = 1UL << Cell(t, s);
                    if ((personSlots & _tables[t].Allowed & ~busy & (1UL << s)) != 0 && (occ & cell) == 0)
                    {
                        Visit(pairIndex + 1, count + 1, score + pairs[pairIndex].Score, busy | (1UL << s), occ | cell);
                    }
                }
            }
        }

        Visit(0, 0, 0, 0, occupied);
        _memo[(index, occupied)] = best;
        return best;
    }

    private int Bonus(int k) => k - 2 < _bonuses.Count ? _bonuses[k - 2] : 0;

    private int TableOf(int employer, int table) => Array.FindIndex(_tables, t => t.Employer == employer && t.Table == table);

    private int Cell(int table, int slot) => (table * _problem.SlotCount) + slot;

    private ulong Open() => ((1UL << _problem.SlotCount) - 1) & ~Mask(_problem.BlockedSlots);

    private static ulong Below(int slot) => (1UL << slot) - 1;

    private static ulong Mask(IEnumerable<int> slots) => slots.Aggregate(0UL, (m, s) => m | (1UL << s));
}
