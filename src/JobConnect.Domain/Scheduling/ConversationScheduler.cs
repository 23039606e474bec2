namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Plans the conversations of one fair phase. Which conversations happen is an exact min-cost flow
/// (maximal fairness-weighted score); they are then split over the booth tables and given slots by a
/// bipartite edge colouring; finally a local search shortens idle gaps and spreads arrival waves.
/// Same input, same output: no randomness, no clock.
/// </summary>
public sealed class ConversationScheduler
{
    private readonly SchedulingOptions _options;

    /// <summary>Creates a scheduler with the given options, or <see cref="SchedulingOptions.Default"/>.</summary>
    /// <exception cref="ArgumentException">Bonuses are negative or increase (the flow needs them non-increasing).</exception>
    public ConversationScheduler(SchedulingOptions? options = null)
    {
        _options = options ?? SchedulingOptions.Default;
        var bonuses = _options.FollowUpBonuses;
        if (bonuses.Any(b => b < 0) || bonuses.Zip(bonuses.Skip(1)).Any(x => x.Second > x.First) || _options.KeepBonus < 0
            || _options.ImprovementPasses < 0 || _options.RepairRounds < 0)
        {
            throw new ArgumentException("Bonuses must be non-negative and non-increasing; passes and rounds non-negative.", nameof(options));
        }
    }

    /// <summary>Plans the phase from scratch, keeping the problem's pinned conversations exactly.</summary>
    /// <exception cref="ArgumentException">The problem is invalid (see <see cref="SchedulingProblem.Validate"/>).</exception>
    public Schedule Schedule(SchedulingProblem problem)
    {
        var model = PhaseModel.Create(problem);
        return Plan(model, previous: null);
    }

    /// <summary>
    /// Re-plans after changes (new or cancelled people, new pins) and keeps as many conversations of
    /// <paramref name="previous"/> as possible at their table and slot: each kept pair earns a bonus in
    /// the flow and its previous place first. Coverage still comes first, so a new person gets a
    /// conversation even if someone else loses a follow-up one.
    /// </summary>
    public Schedule Reschedule(SchedulingProblem problem, Schedule previous) => Reschedule(problem, previous.Conversations);

    /// <summary>The same, from the conversations of a stored plan.</summary>
    public Schedule Reschedule(SchedulingProblem problem, IReadOnlyList<ScheduledConversation> previous)
    {
        var model = PhaseModel.Create(problem);
        var schedule = Plan(model, previous);
        return schedule with { Changes = ScheduleComparison.Compare(model, previous, schedule) };
    }

    private Schedule Plan(PhaseModel model, IReadOnlyList<ScheduledConversation>? previous)
    {
        var keep = previous is null ? null : KeptPlacements.From(model, previous);
        var forbidden = new HashSet<int>();
        var dropped = new List<(int Person, int Employer)>();
        long? upperBound = null;
        (PlanState State, long Objective)? best = null;

        for (var round = 0; round <= _options.RepairRounds; round++)
        {
            var state = new PlanState(model);
            var selection = ConversationSelection.Solve(model, _options, state, forbidden, keep?.Pairs);
            upperBound ??= keep is null
                ? selection.Objective
                : ConversationSelection.Solve(model, _options, new PlanState(model), forbidden, null).Objective;

            var unplaced = TableSplitter.Split(state, selection.SelectedPairs, keep?.Tables);
            keep?.MarkEdges(state);
            unplaced.AddRange(SlotColouring.ColourAll(state).Select(e => e.Pair));
            if (unplaced.Count > 0)
            {
                dropped.AddRange(unplaced.Select(i => (model.Pairs[i].Person, model.Pairs[i].Employer)));
                forbidden.UnionWith(unplaced);
                Fill(state);
            }

            var objective = ConversationSelection.Objective(model, _options, state,
                state.Edges.Where(e => e.Slot >= 0 && e.Pair >= 0).Select(e => e.Pair));
            if (best is null || objective > best.Value.Objective)
            {
                best = (state, objective);
            }

            if (unplaced.Count == 0)
            {
                break;
            }
        }

        var final = best!.Value.State;
        var improver = new ScheduleImprover(final, freezeSoft: keep is not null);
        var before = (improver.IdleSlots(), improver.EntranceOverflow());
        improver.Improve(_options.ImprovementPasses);
        return ScheduleBuilder.Build(final, _options, upperBound, before, dropped);
    }

    /// <summary>
    /// After dropping unplaceable conversations, fills what is still free with the best remaining pairs
    /// (people without a conversation first). Only reached when restrictions defeated the colouring.
    /// </summary>
    private static void Fill(PlanState state)
    {
        var model = state.Model;
        var counts = new int[model.PersonCount];
        var taken = new HashSet<(int, int)>();
        foreach (var edge in state.Edges.Where(e => e.Slot >= 0))
        {
            counts[edge.Person]++;
            taken.Add((edge.Person, model.TableEmployer[edge.Table]));
        }

        var order = Enumerable.Range(0, model.Pairs.Length)
            .OrderByDescending(i => model.Pairs[i].Score).ThenBy(i => i).ToArray();
        foreach (var onlyUnserved in new[] { true, false })
        {
            foreach (var i in order)
            {
                var pair = model.Pairs[i];
                if ((onlyUnserved && counts[pair.Person] > 0) || counts[pair.Person] >= model.MaxConversations[pair.Person]
                    || taken.Contains((pair.Person, pair.Employer)) || model.TableStart[pair.Employer] == model.TableStart[pair.Employer + 1])
                {
                    continue;
                }

                var edge = state.AddEdge(pair.Person, model.TableStart[pair.Employer], i, pair.VacancyId, pair.Score);
                if (SlotColouring.TryPlace(state, edge))
                {
                    counts[pair.Person]++;
                    taken.Add((pair.Person, pair.Employer));
                }
                else
                {
                    state.Edges.RemoveAt(state.Edges.Count - 1);
                }
            }
        }
    }
}
