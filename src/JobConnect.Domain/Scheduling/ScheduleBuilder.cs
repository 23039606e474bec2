namespace JobConnect.Domain.Scheduling;

/// <summary>Turns a finished <see cref="PlanState"/> into the public <see cref="Schedule"/> with its metrics.</summary>
internal static class ScheduleBuilder
{
    public static Schedule Build(
        PlanState state,
        SchedulingOptions options,
        long? upperBound,
        (int Idle, int Overflow) beforeImprovement,
        IEnumerable<(int Person, int Employer)> notPlaceable)
    {
        var model = state.Model;
        var placed = state.Edges.Where(e => e.Slot >= 0).ToList();
        var conversations = placed
            .Select(e =>
            {
                var employer = model.TableEmployer[e.Table];
                return new ScheduledConversation(
                    model.PersonIds[e.Person], model.EmployerIds[employer], e.Table - model.TableStart[employer],
                    e.Slot, e.VacancyId, e.Score, e.Fixed);
            })
            .OrderBy(c => c.Slot).ThenBy(c => c.EmployerId).ThenBy(c => c.TableIndex).ThenBy(c => c.PersonId)
            .ToList();

        var counts = new int[model.PersonCount];
        foreach (var edge in placed)
        {
            counts[edge.Person]++;
        }

        var firstBonus = model.FirstBonus(options, withKeepBonus: false);
        var objective = placed.Sum(e => (long)e.Score) + counts.Sum(c => PhaseModel.RankBonus(c, firstBonus, options));
        var hasCandidate = new bool[model.PersonCount];
        foreach (var pair in model.Pairs)
        {
            hasCandidate[pair.Person] = true;
        }

        foreach (var pin in model.Pins)
        {
            hasCandidate[pin.Person] = true;
        }

        var improver = new ScheduleImprover(state, freezeSoft: false);
        var histogram = new int[model.SlotCount];
        for (var p = 0; p < model.PersonCount; p++)
        {
            if (state.PersonBusy[p] != 0)
            {
                histogram[SlotMask.Lowest(state.PersonBusy[p])]++;
            }
        }

        var reasons = notPlaceable.Distinct()
            .Where(x => !placed.Any(e => e.Person == x.Person && model.TableEmployer[e.Table] == x.Employer))
            .OrderBy(x => x.Person).ThenBy(x => x.Employer)
            .Select(x => new UnscheduledReason(model.PersonIds[x.Person], model.EmployerIds[x.Employer], UnscheduledKind.NotPlaceable,
                "Chosen by the optimum, but no table and slot of this employer fit the person's free slots."))
            .ToList();
        var explained = reasons.Select(r => r.PersonId).ToHashSet();
        reasons.AddRange(Enumerable.Range(0, model.PersonCount)
            .Where(p => hasCandidate[p] && counts[p] == 0 && !explained.Contains(model.PersonIds[p]))
            .Select(p => new UnscheduledReason(model.PersonIds[p], null, UnscheduledKind.NoCapacity,
                "All acceptable employers are fully booked in the slots this person can attend.")));

        return new Schedule
        {
            Conversations = conversations,
            Unscheduled = reasons,
            Metrics = new ScheduleMetrics
            {
                TotalScore = placed.Sum(e => (long)e.Score),
                Objective = objective,
                ObjectiveUpperBound = upperBound,
                ConversationCount = placed.Count,
                PeopleWithConversation = counts.Count(c => c > 0),
                PeopleWithCandidate = hasCandidate.Count(x => x),
                IdleSlots = improver.IdleSlots(),
                IdleSlotsBeforeImprovement = beforeImprovement.Idle,
                FirstSlotHistogram = histogram,
                EntranceOverflow = improver.EntranceOverflow(),
                EntranceOverflowBeforeImprovement = beforeImprovement.Overflow,
            },
        };
    }
}
