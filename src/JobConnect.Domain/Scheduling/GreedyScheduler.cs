namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Baseline for comparison: in rounds (everyone's 1st conversation, then 2nd, …) takes the pairs by
/// descending score and puts each in the earliest slot free at a table and for the person. No
/// optimality guarantee; kept to measure what the exact scheduler gains.
/// </summary>
public static class GreedyScheduler
{
    /// <summary>Plans the phase greedily, keeping the problem's pinned conversations.</summary>
    public static Schedule Schedule(SchedulingProblem problem, SchedulingOptions? options = null)
    {
        options ??= SchedulingOptions.Default;
        var model = PhaseModel.Create(problem);
        var state = new PlanState(model);
        var counts = (int[])state.PinCount.Clone();
        var taken = new HashSet<(int, int)>();
        var order = Enumerable.Range(0, model.Pairs.Length)
            .OrderByDescending(i => model.Pairs[i].Score).ThenBy(i => i).ToArray();
        var rounds = model.MaxConversations.DefaultIfEmpty(0).Max();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var i in order)
            {
                var pair = model.Pairs[i];
                if (counts[pair.Person] >= round || counts[pair.Person] >= model.MaxConversations[pair.Person]
                    || state.HasPin(pair.Person, pair.Employer) || !taken.Add((pair.Person, pair.Employer)))
                {
                    continue;
                }

                if (PlaceEarliest(state, i))
                {
                    counts[pair.Person]++;
                }
                else
                {
                    taken.Remove((pair.Person, pair.Employer));
                }
            }
        }

        var improver = new ScheduleImprover(state, freezeSoft: false);
        return ScheduleBuilder.Build(state, options, upperBound: null, (improver.IdleSlots(), improver.EntranceOverflow()), []);
    }

    private static bool PlaceEarliest(PlanState state, int pairIndex)
    {
        var model = state.Model;
        var pair = model.Pairs[pairIndex];
        var bestTable = -1;
        var bestSlot = int.MaxValue;
        for (var g = model.TableStart[pair.Employer]; g < model.TableStart[pair.Employer + 1]; g++)
        {
            var free = model.PersonAllowed[pair.Person] & model.TableAllowed[g] & ~state.PersonBusy[pair.Person] & ~state.TableBusy[g];
            if (free != 0 && SlotMask.Lowest(free) < bestSlot)
            {
                bestSlot = SlotMask.Lowest(free);
                bestTable = g;
            }
        }

        if (bestTable < 0)
        {
            return false;
        }

        state.Assign(state.AddEdge(pair.Person, bestTable, pairIndex, pair.VacancyId, pair.Score), bestSlot);
        return true;
    }
}
