namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Checks a schedule against the conversation invariants of its problem — also usable as the conflict
/// check before a schedule is published.
/// </summary>
public static class ScheduleValidator
{
    /// <summary>Lists every broken invariant; empty when the schedule is valid for the problem.</summary>
    public static IReadOnlyList<string> Violations(SchedulingProblem problem, Schedule schedule)
    {
        var errors = new List<string>();
        var people = problem.People.ToDictionary(p => p.Id);
        var employers = problem.Employers.ToDictionary(e => e.Id);
        var candidates = problem.Candidates.GroupBy(c => (c.PersonId, c.EmployerId)).ToDictionary(g => g.Key, g => g.ToList());
        var personSlots = new HashSet<(int, int)>();
        var tableSlots = new HashSet<(int, int, int)>();
        var pairs = new HashSet<(int, int)>();
        var perPerson = new Dictionary<int, int>();

        foreach (var c in schedule.Conversations)
        {
            var what = $"Conversation {c.PersonId}×{c.EmployerId} (table {c.TableIndex}, slot {c.Slot})";
            if (!people.TryGetValue(c.PersonId, out var person) || !employers.TryGetValue(c.EmployerId, out var employer))
            {
                errors.Add($"{what}: unknown person or employer.");
                continue;
            }

            if (c.Slot < 0 || c.Slot >= problem.SlotCount || problem.BlockedSlots.Contains(c.Slot))
            {
                errors.Add($"{what}: outside the phase or in a blocked slot.");
            }

            if (employer.AbsentSlots?.Contains(c.Slot) == true)
            {
                errors.Add($"{what}: the employer is absent.");
            }

            if (c.Slot < (person.EarliestSlot ?? 0))
            {
                errors.Add($"{what}: before the person's earliest slot.");
            }

            if (c.TableIndex < 0 || c.TableIndex >= employer.TableCount)
            {
                errors.Add($"{what}: the booth has no such table.");
            }

            if (!personSlots.Add((c.PersonId, c.Slot)))
            {
                errors.Add($"{what}: the person is in two places at once.");
            }

            if (!tableSlots.Add((c.EmployerId, c.TableIndex, c.Slot)))
            {
                errors.Add($"{what}: the table is double-booked.");
            }

            if (!pairs.Add((c.PersonId, c.EmployerId)))
            {
                errors.Add($"{what}: a second conversation of the same person and employer.");
            }

            if (!c.IsPinned && candidates.GetValueOrDefault((c.PersonId, c.EmployerId))?.Any(p => p.VacancyId == c.VacancyId && p.Score == c.Score) != true)
            {
                errors.Add($"{what}: not an acceptable candidate pair.");
            }

            perPerson[c.PersonId] = perPerson.GetValueOrDefault(c.PersonId) + 1;
        }

        errors.AddRange(perPerson.Where(kv => people.TryGetValue(kv.Key, out var p) && kv.Value > p.MaxConversations)
            .Select(kv => $"Person {kv.Key} has {kv.Value} conversations, more than allowed."));

        var pinned = schedule.Conversations.Where(c => c.IsPinned)
            .Select(c => (c.PersonId, c.EmployerId, c.TableIndex, c.Slot, c.VacancyId)).ToHashSet();
        errors.AddRange(problem.Pinned
            .Where(p => !pinned.Contains((p.PersonId, p.EmployerId, p.TableIndex, p.Slot, p.VacancyId)))
            .Select(p => $"Pinned conversation {p.PersonId}×{p.EmployerId} (table {p.TableIndex}, slot {p.Slot}) was not kept."));
        if (pinned.Count != problem.Pinned.Count)
        {
            errors.Add("The schedule marks conversations as pinned that the problem does not pin.");
        }

        return errors;
    }
}
