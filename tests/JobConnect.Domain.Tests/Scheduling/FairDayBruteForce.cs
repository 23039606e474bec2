using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

/// <summary>
/// Exhaustive optimum of a tiny fair-day re-plan: every person in turn chooses employer, table and slot
/// for each conversation they may have (present: any acceptable employer; expected: only those they
/// already meet; absent: none), memoised on (person, occupied table-slots). Compares the three tiers of
/// <see cref="FairDayReplanner"/> lexicographically: people served, stored conversations kept at their
/// table and slot, scores plus follow-up bonuses. Knows nothing of the solver's employer aggregation.
/// </summary>
internal sealed class FairDayBruteForce
{
    private readonly FairDayProblem _problem;
    private readonly SchedulingPerson[] _people;
    private readonly (int Employer, int Table)[] _tables;
    private readonly Dictionary<(int, ulong), (int Served, int Kept, long Value)> _memo = [];
    private readonly IReadOnlyList<int> _bonuses;
    private readonly List<ScheduledConversation> _frozen;

    public FairDayBruteForce(FairDayProblem problem, IReadOnlyList<int> followUpBonuses)
    {
        _problem = problem;
        _bonuses = followUpBonuses;
        _people = [.. problem.Phase.People];
        _tables = [.. problem.Phase.Employers.SelectMany(e => Enumerable.Range(0, e.TableCount).Select(t => (e.Id, t)))];
        _frozen = [.. problem.Current.Where(problem.IsFrozen)];
        if (_tables.Length * problem.Phase.SlotCount > 64)
        {
            throw new ArgumentException("Too large for brute force.");
        }
    }

    public (int Served, int Kept, long Value) Optimum()
    {
        var occupied = _frozen.Aggregate(0UL, (m, c) => m | Cell(c.EmployerId, c.TableIndex, c.Slot));
        return Best(0, occupied);
    }

    private (int Served, int Kept, long Value) Best(int index, ulong occupied)
    {
        if (index == _people.Length)
        {
            return (0, 0, 0);
        }

        if (_memo.TryGetValue((index, occupied), out var known))
        {
            return known;
        }

        var person = _people[index];
        var frozen = _frozen.Where(c => c.PersonId == person.Id).ToList();
        var stored = _problem.Current.Where(c => c.PersonId == person.Id && !_problem.IsFrozen(c)).ToList();
        var busy = frozen.Aggregate(0UL, (m, c) => m | (1UL << c.Slot));
        var frozenScore = frozen.Sum(c => (long)Score(person.Id, c.EmployerId));
        var employers = _problem.Absent.Contains(person.Id) ? []
            : _problem.Phase.Candidates.Where(c => c.PersonId == person.Id)
                .Select(c => c.EmployerId).Distinct()
                .Where(e => frozen.All(c => c.EmployerId != e))
                .Where(e => _problem.Present.Contains(person.Id) || stored.Any(c => c.EmployerId == e))
                .Order().ToArray();

        var best = (Served: int.MinValue, Kept: int.MinValue, Value: long.MinValue);
        void Visit(int e, int count, int kept, long score, ulong personBusy, ulong occ)
        {
            if (e == employers.Length)
            {
                var total = frozen.Count + count;
                var rest = Best(index + 1, occ);
                var candidate = (rest.Served + (total > 0 ? 1 : 0), rest.Kept + kept,
                    rest.Value + frozenScore + score + Enumerable.Range(2, Math.Max(0, total - 1)).Sum(Bonus));
                if (candidate.CompareTo(best) > 0)
                {
                    best = candidate;
                }

                return;
            }

            Visit(e + 1, count, kept, score, personBusy, occ);
            if (frozen.Count + count >= person.MaxConversations)
            {
                return;
            }

            foreach (var (employer, table) in _tables.Where(t => t.Employer == employers[e]))
            {
                for (var s = _problem.FirstOpenSlot; s < _problem.Phase.SlotCount; s++)
                {
                    var cell = Cell(employer, table, s);
                    if (!_problem.Phase.BlockedSlots.Contains(s) && (personBusy & (1UL << s)) == 0 && (occ & cell) == 0)
                    {
                        var keeps = stored.Any(c => c.EmployerId == employer && c.TableIndex == table && c.Slot == s) ? 1 : 0;
                        Visit(e + 1, count + 1, kept + keeps, score + Score(person.Id, employer), personBusy | (1UL << s), occ | cell);
                    }
                }
            }
        }

        Visit(0, 0, 0, 0, busy, occupied);
        _memo[(index, occupied)] = best;
        return best;
    }

    private int Score(int person, int employer) =>
        _problem.Phase.Candidates.Where(c => c.PersonId == person && c.EmployerId == employer).Select(c => c.Score).DefaultIfEmpty(0).Max();

    private int Bonus(int k) => k - 2 < _bonuses.Count ? _bonuses[k - 2] : 0;

    private ulong Cell(int employer, int table, int slot) =>
        1UL << ((Array.IndexOf(_tables, (employer, table)) * _problem.Phase.SlotCount) + slot);
}
