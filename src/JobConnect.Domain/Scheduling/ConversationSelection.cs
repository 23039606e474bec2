using System.Numerics;
using Google.OrTools.Graph;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Chooses which conversations happen as a min-cost flow: source → person (one unit arc per further
/// conversation, each worth less than the one before) → employer (capacity 1, cost −score) → sink
/// (capacity = free table slots). The flow optimum is the maximal fairness-weighted quality among all
/// selections that respect the person and booth capacities.
/// </summary>
internal static class ConversationSelection
{
    /// <summary>The chosen pairs and the objective (pins included, keep bonus excluded) they reach.</summary>
    public sealed record Result(int[] SelectedPairs, long Objective);

    public static Result Solve(PhaseModel model, SchedulingOptions options, PlanState state, ISet<int> forbiddenPairs, IReadOnlySet<int>? keptPairs)
    {
        var firstBonus = model.FirstBonus(options, keptPairs is not null);
        var source = 0;
        var sink = model.PersonCount + model.EmployerCount + 1;
        int PersonNode(int p) => 1 + p;
        int EmployerNode(int e) => 1 + model.PersonCount + e;

        var flow = new MinCostFlow();
        long supply = 0;
        for (var p = 0; p < model.PersonCount; p++)
        {
            var remaining = state.RemainingConversations(p);
            for (var k = 1; k <= remaining; k++)
            {
                var rank = state.PinCount[p] + k;
                var value = rank == 1 ? firstBonus : options.FollowUpBonus(rank);
                flow.AddArcWithCapacityAndUnitCost(source, PersonNode(p), 1, -value);
            }

            supply += remaining;
        }

        var employerFree = new ulong[model.EmployerCount];
        for (var e = 0; e < model.EmployerCount; e++)
        {
            long capacity = 0;
            for (var g = model.TableStart[e]; g < model.TableStart[e + 1]; g++)
            {
                capacity += BitOperations.PopCount(state.TableFree[g]);
                employerFree[e] |= state.TableFree[g];
            }

            if (capacity > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(EmployerNode(e), sink, capacity, 0);
            }
        }

        var pairArcs = new List<(int Arc, int Pair)>();
        for (var i = 0; i < model.Pairs.Length; i++)
        {
            var pair = model.Pairs[i];
            if (forbiddenPairs.Contains(i) || state.HasPin(pair.Person, pair.Employer)
                || (state.PersonFree[pair.Person] & employerFree[pair.Employer]) == 0)
            {
                continue;
            }

            var keep = keptPairs?.Contains(i) == true ? options.KeepBonus : 0;
            var arc = flow.AddArcWithCapacityAndUnitCost(PersonNode(pair.Person), EmployerNode(pair.Employer), 1, -(pair.Score + keep));
            pairArcs.Add((arc, i));
        }

        // Leftover supply drains through this free arc, so the flow amount is chosen by cost alone.
        flow.AddArcWithCapacityAndUnitCost(source, sink, supply, 0);
        flow.SetNodeSupply(source, supply);
        flow.SetNodeSupply(sink, -supply);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"Min-cost flow ended with status {status}.");
        }

        var selected = pairArcs.Where(x => flow.Flow(x.Arc) > 0).Select(x => x.Pair).ToArray();
        return new Result(selected, Objective(model, options, state, selected));
    }

    /// <summary>Objective of pins plus the given pairs (no keep bonus).</summary>
    public static long Objective(PhaseModel model, SchedulingOptions options, PlanState state, IEnumerable<int> pairs)
    {
        var counts = (int[])state.PinCount.Clone();
        long total = model.Pins.Sum(p => (long)p.Score);
        foreach (var i in pairs)
        {
            counts[model.Pairs[i].Person]++;
            total += model.Pairs[i].Score;
        }

        var firstBonus = model.FirstBonus(options, withKeepBonus: false);
        return total + counts.Sum(c => PhaseModel.RankBonus(c, firstBonus, options));
    }
}
