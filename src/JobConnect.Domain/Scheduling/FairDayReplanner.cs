using System.Numerics;
using Google.OrTools.Sat;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Fills freed slots on the fair day: an exact re-plan (CP-SAT) of the slots that have not started.
/// Frozen conversations (started, with an outcome, pinned) stay; no-shows lose the rest of theirs;
/// people who are here may get new conversations; everybody else keeps or moves what they have.
/// </summary>
/// <remarks>
/// The objective is lexicographic (ADR 0006): (1) people served, as in the main planner; (2) fewest
/// stored conversations moved or dropped — on the fair day a move means a new slip and a person walking
/// to another booth; (3) scores plus follow-up bonuses. Tables of one employer are interchangeable for
/// all three tiers, so the model decides person × employer × slot and tables are handed out afterwards
/// (a kept conversation gets its old table back, which is always free because only movable conversations
/// sat there). Same input, same output: one worker, no randomness.
/// </remarks>
public sealed class FairDayReplanner
{
    private readonly SchedulingOptions _options;
    private readonly double _timeLimitSeconds;

    /// <summary>Creates a re-planner with the main planner's options (follow-up bonuses).</summary>
    /// <param name="options">Bonuses; <see cref="SchedulingOptions.Default"/> when null.</param>
    /// <param name="timeLimitSeconds">Safety stop for the solver; the best plan found is returned, marked not proven.</param>
    public FairDayReplanner(SchedulingOptions? options = null, double timeLimitSeconds = 20)
    {
        _options = options ?? SchedulingOptions.Default;
        _timeLimitSeconds = timeLimitSeconds;
    }

    /// <summary>Re-plans the open slots of the phase.</summary>
    /// <exception cref="ArgumentException">The phase or the frozen conversations are inconsistent.</exception>
    public FairDayReplan Replan(FairDayProblem problem)
    {
        var frozen = problem.Current.Where(problem.IsFrozen).ToList();
        var model = PhaseModel.Create(problem.Phase with
        {
            Pinned = [.. frozen.Select(c => new PinnedConversation(c.PersonId, c.EmployerId, c.TableIndex, c.Slot, c.VacancyId))],
        });
        var state = new PlanState(model);
        var movable = problem.Current.Where(c => !problem.IsFrozen(c) && !problem.Absent.Contains(c.PersonId)).ToList();
        var previousPlace = movable
            .Where(c => model.PersonIndex.ContainsKey(c.PersonId) && model.EmployerIndex.ContainsKey(c.EmployerId))
            .ToDictionary(c => (model.PersonIndex[c.PersonId], model.EmployerIndex[c.EmployerId]), c => (c.Slot, c.TableIndex));

        var open = ~SlotMask.Below(problem.FirstOpenSlot);
        var capacity = FreeTables(model, state, open);
        var choices = Choices(problem, model, state, open, capacity, previousPlace);

        // Keeping every stored conversation and filling only what is free is exact whenever it serves everyone
        // who can be served at all (the first tier is then at its bound, the second is maximal by construction,
        // and the third is what this smaller model maximises). Only otherwise may moves pay off: solve in full.
        var kept = choices.Where(c => c.Kept).ToList();
        var (chosen, optimal) = FillAroundKept(model, state, open, choices, kept, capacity);
        var served = chosen.Select(c => c.Person).ToHashSet();
        if (choices.Any(c => state.PinCount[c.Person] == 0 && !served.Contains(c.Person)))
        {
            var freeSlots = state.PersonFree.Select(f => f & open).ToArray();
            (chosen, optimal) = Solve(model, choices, capacity, state.PinCount, freeSlots, hint: chosen.ToHashSet());
        }

        var conversations = frozen.Concat(Place(model, state, chosen, previousPlace)).ToList();
        return Summarise(problem, model, conversations, optimal);
    }

    /// <summary>Every kept choice fixed, new choices only where a table and the person stay free around them.</summary>
    private (List<Choice> Chosen, bool Optimal) FillAroundKept(
        PhaseModel model, PlanState state, ulong open, List<Choice> choices, List<Choice> kept, int[,] capacity)
    {
        var residual = (int[,])capacity.Clone();
        var count = (int[])state.PinCount.Clone();
        var freeSlots = state.PersonFree.Select(f => f & open).ToArray();
        var keptPairs = new HashSet<int>();
        foreach (var c in kept)
        {
            residual[model.Pairs[c.Pair].Employer, c.Slot]--;
            count[c.Person]++;
            freeSlots[c.Person] &= ~SlotMask.Bit(c.Slot);
            keptPairs.Add(c.Pair);
        }

        var fill = choices.Where(c => !c.Kept && !keptPairs.Contains(c.Pair) && SlotMask.Has(freeSlots[c.Person], c.Slot)
            && residual[model.Pairs[c.Pair].Employer, c.Slot] > 0).ToList();
        var (added, optimal) = Solve(model, fill, residual, count, freeSlots, hint: null);
        return ([.. kept, .. added], optimal);
    }

    /// <summary>
    /// The three tiers as one weighted objective: each tier's weight exceeds everything the lower tiers can
    /// add up to, so the optimum is the lexicographic one.
    /// </summary>
    /// <param name="fixedCount">Conversations each person has outside <paramref name="choices"/>.</param>
    /// <param name="freeSlots">Slots each person can still use.</param>
    private (List<Choice> Chosen, bool Optimal) Solve(
        PhaseModel model, List<Choice> choices, int[,] capacity, int[] fixedCount, ulong[] freeSlots, HashSet<Choice>? hint)
    {
        if (choices.Count == 0)
        {
            return ([], true);
        }

        var cp = new CpModel();
        var x = choices.Select(c => cp.NewBoolVar("")).ToArray();
        foreach (var group in Enumerable.Range(0, choices.Count).GroupBy(i => (choices[i].Person, choices[i].Slot)))
        {
            cp.AddAtMostOne(group.Select(i => x[i]));
        }

        foreach (var group in Enumerable.Range(0, choices.Count).GroupBy(i => choices[i].Pair))
        {
            cp.AddAtMostOne(group.Select(i => x[i]));
        }

        foreach (var group in Enumerable.Range(0, choices.Count).GroupBy(i => (model.Pairs[choices[i].Pair].Employer, choices[i].Slot)))
        {
            cp.Add(LinearExpr.Sum(group.Select(i => x[i])) <= capacity[group.Key.Employer, group.Key.Slot]);
        }

        // Value of each person's k-th added conversation: score per conversation, plus the follow-up bonus
        // of its rank; ordered rank literals keep the solver from skipping the worthless first rank.
        var servedLiterals = new List<BoolVar>();
        var rankTerms = new List<(ILiteral Literal, long Bonus)>();
        long valueBound = 0;
        foreach (var person in Enumerable.Range(0, choices.Count).GroupBy(i => choices[i].Person))
        {
            var p = person.Key;
            var mine = person.Select(i => x[i]).ToList();
            var room = Math.Min(model.MaxConversations[p] - fixedCount[p], BitOperations.PopCount(freeSlots[p]));
            cp.Add(LinearExpr.Sum(mine) <= room);
            var ranks = Enumerable.Range(0, room).Select(_ => cp.NewBoolVar("")).ToArray();
            cp.Add(LinearExpr.Sum(ranks) == LinearExpr.Sum(mine));
            for (var k = 0; k < ranks.Length; k++)
            {
                if (k > 0)
                {
                    cp.AddImplication(ranks[k], ranks[k - 1]);
                }

                var rank = fixedCount[p] + k + 1;
                if (rank >= 2)
                {
                    rankTerms.Add((ranks[k], _options.FollowUpBonus(rank)));
                }
            }

            valueBound += room * (100L + _options.FollowUpBonuses.DefaultIfEmpty(0).Max());
            if (fixedCount[p] == 0)
            {
                var z = cp.NewBoolVar("");
                cp.Add(z <= LinearExpr.Sum(mine));
                servedLiterals.Add(z);
            }
        }

        var keptChoices = Enumerable.Range(0, choices.Count).Where(i => choices[i].Kept).ToList();
        var keepWeight = valueBound + 1;
        var serveWeight = keepWeight * (keptChoices.Count + 1);
        cp.Maximize(LinearExpr.WeightedSum(servedLiterals, servedLiterals.Select(_ => serveWeight))
            + LinearExpr.WeightedSum(keptChoices.Select(i => x[i]), keptChoices.Select(_ => keepWeight))
            + LinearExpr.WeightedSum(x, choices.Select(c => (long)model.Pairs[c.Pair].Score))
            + LinearExpr.WeightedSum(rankTerms.Select(t => t.Literal), rankTerms.Select(t => t.Bonus)));

        // The stored plan (minus no-shows), or the keep-all plan, is feasible: a good first solution for the solver.
        foreach (var i in Enumerable.Range(0, choices.Count))
        {
            cp.AddHint(x[i], hint?.Contains(choices[i]) ?? choices[i].Kept);
        }

        var solver = new CpSolver { StringParameters = $"num_workers:1,max_time_in_seconds:{_timeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}" };
        var status = solver.Solve(cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"CP-SAT ended with status {status}.");
        }

        return ([.. Enumerable.Range(0, choices.Count).Where(i => solver.BooleanValue(x[i])).Select(i => choices[i])], status == CpSolverStatus.Optimal);
    }

    private sealed record Choice(int Person, int Pair, int Slot, bool Kept);

    /// <summary>Free tables of each employer per open slot after the frozen conversations.</summary>
    private static int[,] FreeTables(PhaseModel model, PlanState state, ulong open)
    {
        var capacity = new int[model.EmployerCount, model.SlotCount];
        for (var g = 0; g < model.TableCount; g++)
        {
            for (var free = state.TableFree[g] & open; free != 0; free &= free - 1)
            {
                capacity[model.TableEmployer[g], SlotMask.Lowest(free)]++;
            }
        }

        return capacity;
    }

    /// <summary>
    /// Every person × employer × slot the re-plan may use: people who are here may take any acceptable pair,
    /// people still expected only the pairs they already have; never a pair that is frozen already.
    /// </summary>
    private static List<Choice> Choices(
        FairDayProblem problem, PhaseModel model, PlanState state, ulong open, int[,] capacity,
        Dictionary<(int Person, int Employer), (int Slot, int Table)> previousPlace)
    {
        var choices = new List<Choice>();
        for (var i = 0; i < model.Pairs.Length; i++)
        {
            var pair = model.Pairs[i];
            var personId = model.PersonIds[pair.Person];
            var had = previousPlace.TryGetValue((pair.Person, pair.Employer), out var place);
            if (problem.Absent.Contains(personId) || state.HasPin(pair.Person, pair.Employer)
                || (!had && !problem.Present.Contains(personId)) || model.MaxConversations[pair.Person] <= state.PinCount[pair.Person])
            {
                continue;
            }

            for (var free = state.PersonFree[pair.Person] & open; free != 0; free &= free - 1)
            {
                var slot = SlotMask.Lowest(free);
                if (capacity[pair.Employer, slot] > 0)
                {
                    choices.Add(new Choice(pair.Person, i, slot, had && place.Slot == slot));
                }
            }
        }

        return choices;
    }

    /// <summary>Hands out tables per employer and slot: kept conversations first at their old table.</summary>
    private static IEnumerable<ScheduledConversation> Place(
        PhaseModel model, PlanState state, List<Choice> chosen, Dictionary<(int Person, int Employer), (int Slot, int Table)> previousPlace)
    {
        foreach (var group in chosen.GroupBy(c => (model.Pairs[c.Pair].Employer, c.Slot)))
        {
            var (employer, slot) = group.Key;
            var free = Enumerable.Range(0, model.TableStart[employer + 1] - model.TableStart[employer])
                .Where(t => SlotMask.Has(state.TableFree[model.TableStart[employer] + t], slot)).ToList();
            var ordered = group.OrderByDescending(c => c.Kept).ThenBy(c => c.Person).ToList();
            foreach (var c in ordered)
            {
                var table = c.Kept && free.Contains(previousPlace[(c.Person, employer)].Table) ? previousPlace[(c.Person, employer)].Table : free[0];
                free.Remove(table);
                var pair = model.Pairs[c.Pair];
                yield return new ScheduledConversation(model.PersonIds[c.Person], model.EmployerIds[employer], table, slot, pair.VacancyId, pair.Score, IsPinned: false);
            }
        }
    }

    private FairDayReplan Summarise(FairDayProblem problem, PhaseModel model, List<ScheduledConversation> conversations, bool optimal)
    {
        static HashSet<(int, int, int)> Places(IEnumerable<ScheduledConversation> cs) => [.. cs.Select(c => (c.EmployerId, c.TableIndex, c.Slot))];
        var before = problem.Current.ToLookup(c => c.PersonId);
        var after = conversations.ToLookup(c => c.PersonId);
        var changed = before.Select(g => g.Key).Union(after.Select(g => g.Key))
            .Where(id => !Places(before[id]).SetEquals(Places(after[id])))
            .Order().ToList();
        var afterPlaces = conversations.Select(c => (c.PersonId, c.EmployerId, c.TableIndex, c.Slot)).ToHashSet();
        var stored = problem.Current.Where(c => !problem.IsFrozen(c)).ToList();
        var kept = stored.Count(c => afterPlaces.Contains((c.PersonId, c.EmployerId, c.TableIndex, c.Slot)));
        var storedPairs = problem.Current.Select(c => (c.PersonId, c.EmployerId)).ToHashSet();

        // The value tier leaves out the first-conversation bonus: coverage is the separate first tier.
        var value = after.Sum(g => g.Sum(c => (long)PairScore(model, c)) + PhaseModel.RankBonus(g.Count(), firstBonus: 0, _options));
        return new FairDayReplan
        {
            Conversations = [.. conversations.OrderBy(c => c.Slot).ThenBy(c => c.EmployerId).ThenBy(c => c.TableIndex)],
            ChangedPeople = changed,
            Kept = kept,
            Moved = stored.Count - kept,
            Added = conversations.Count(c => !storedPairs.Contains((c.PersonId, c.EmployerId))),
            Served = after.Count,
            Value = value,
            IsProvablyOptimal = optimal,
        };
    }

    private static int PairScore(PhaseModel model, ScheduledConversation c) =>
        model.PairIndex.TryGetValue((model.PersonIndex[c.PersonId], model.EmployerIndex[c.EmployerId]), out var i) ? model.Pairs[i].Score : 0;
}
