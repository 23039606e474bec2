namespace JobConnect.Domain.Scheduling;

/// <summary>Checks a <see cref="SchedulingProblem"/> for references and pins that cannot hold.</summary>
internal static class SchedulingProblemValidator
{
    public static IReadOnlyList<string> Validate(SchedulingProblem problem)
    {
        var errors = new List<string>();
        var slots = problem.SlotCount;
        if (slots is < 1 or > SchedulingProblem.MaxSlotCount)
        {
            errors.Add($"SlotCount must be between 1 and {SchedulingProblem.MaxSlotCount}, was {slots}.");
            return errors;
        }

        bool InRange(int slot) => slot >= 0 && slot < slots;
        errors.AddRange(problem.BlockedSlots.Where(s => !InRange(s)).Select(s => $"Blocked slot {s} is outside the phase."));

        var people = new Dictionary<int, SchedulingPerson>();
        foreach (var person in problem.People)
        {
            if (!people.TryAdd(person.Id, person))
            {
                errors.Add($"Person {person.Id} occurs twice.");
            }

            if (person.MaxConversations < 0)
            {
                errors.Add($"Person {person.Id} has a negative conversation limit.");
            }

            if (person.EarliestSlot is { } earliest && !InRange(earliest))
            {
                errors.Add($"Person {person.Id} has earliest slot {earliest} outside the phase.");
            }
        }

        var employers = new Dictionary<int, SchedulingEmployer>();
        foreach (var employer in problem.Employers)
        {
            if (!employers.TryAdd(employer.Id, employer))
            {
                errors.Add($"Employer {employer.Id} occurs twice.");
            }

            if (employer.TableCount < 0)
            {
                errors.Add($"Employer {employer.Id} has a negative table count.");
            }

            errors.AddRange((employer.AbsentSlots ?? new HashSet<int>()).Where(s => !InRange(s))
                .Select(s => $"Employer {employer.Id} is absent in slot {s} outside the phase."));
        }

        foreach (var pair in problem.Candidates)
        {
            if (!people.ContainsKey(pair.PersonId) || !employers.ContainsKey(pair.EmployerId))
            {
                errors.Add($"Candidate pair {pair.PersonId}×{pair.EmployerId} refers to an unknown person or employer.");
            }

            if (pair.Score is < 0 or > 100)
            {
                errors.Add($"Candidate pair {pair.PersonId}×{pair.EmployerId} has score {pair.Score} outside 0–100.");
            }
        }

        if (problem.EntranceCapacity is < 0)
        {
            errors.Add("EntranceCapacity must not be negative.");
        }

        ValidatePins(problem, people, employers, errors);
        return errors;
    }

    private static void ValidatePins(
        SchedulingProblem problem,
        Dictionary<int, SchedulingPerson> people,
        Dictionary<int, SchedulingEmployer> employers,
        List<string> errors)
    {
        var personSlots = new HashSet<(int, int)>();
        var tableSlots = new HashSet<(int, int, int)>();
        var pairs = new HashSet<(int, int)>();
        var perPerson = new Dictionary<int, int>();
        foreach (var pin in problem.Pinned)
        {
            var where = $"Pinned conversation {pin.PersonId}×{pin.EmployerId} (table {pin.TableIndex}, slot {pin.Slot})";
            if (!people.TryGetValue(pin.PersonId, out var person) || !employers.TryGetValue(pin.EmployerId, out var employer))
            {
                errors.Add($"{where} refers to an unknown person or employer.");
                continue;
            }

            if (pin.Slot < 0 || pin.Slot >= problem.SlotCount || problem.BlockedSlots.Contains(pin.Slot))
            {
                errors.Add($"{where} is outside the phase or in a blocked slot.");
            }

            if (employer.AbsentSlots?.Contains(pin.Slot) == true)
            {
                errors.Add($"{where} is in a slot the employer is absent.");
            }

            if (pin.Slot < (person.EarliestSlot ?? 0))
            {
                errors.Add($"{where} is before the person's earliest slot.");
            }

            if (pin.TableIndex < 0 || pin.TableIndex >= employer.TableCount)
            {
                errors.Add($"{where} uses a table the booth does not have.");
            }

            if (!personSlots.Add((pin.PersonId, pin.Slot)))
            {
                errors.Add($"{where} puts the person in two places at once.");
            }

            if (!tableSlots.Add((pin.EmployerId, pin.TableIndex, pin.Slot)))
            {
                errors.Add($"{where} double-books the table.");
            }

            if (!pairs.Add((pin.PersonId, pin.EmployerId)))
            {
                errors.Add($"{where} repeats a person × employer pair.");
            }

            perPerson[pin.PersonId] = perPerson.GetValueOrDefault(pin.PersonId) + 1;
        }

        errors.AddRange(perPerson.Where(kv => kv.Value > people[kv.Key].MaxConversations)
            .Select(kv => $"Person {kv.Key} has more pinned conversations than allowed."));
    }
}
