using System.Numerics;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Distributes an employer's chosen conversations over its tables so that no table gets more
/// conversations than it has free slots — the degree bound the slot colouring needs. A small
/// b-matching with augmenting paths, so a feasible split is always found when one exists.
/// </summary>
internal static class TableSplitter
{
    /// <summary>Creates one unplaced edge per chosen pair; returns the pairs no table can take.</summary>
    public static List<int> Split(PlanState state, IEnumerable<int> selectedPairs, IReadOnlyDictionary<int, int>? preferredTable)
    {
        var model = state.Model;
        var unsplit = new List<int>();
        foreach (var group in selectedPairs.GroupBy(i => model.Pairs[i].Employer).OrderBy(g => g.Key))
        {
            var e = group.Key;
            var first = model.TableStart[e];
            var tables = model.TableStart[e + 1] - first;
            var capacity = new int[tables];
            for (var t = 0; t < tables; t++)
            {
                capacity[t] = BitOperations.PopCount(state.TableFree[first + t]);
            }

            bool Fits(int pair, int t) => (state.PersonFree[model.Pairs[pair].Person] & state.TableFree[first + t]) != 0;

            var assigned = new Dictionary<int, int>();
            var members = Enumerable.Range(0, tables).Select(_ => new List<int>()).ToArray();
            void Put(int pair, int t)
            {
                assigned[pair] = t;
                members[t].Add(pair);
                capacity[t]--;
            }

            // Kept conversations go back to their previous table first.
            var pairs = group.OrderBy(i => Enumerable.Range(0, tables).Count(t => Fits(i, t))).ThenBy(i => i).ToList();
            foreach (var pair in pairs)
            {
                if (preferredTable?.TryGetValue(pair, out var g) == true && g - first is var pt && pt >= 0 && pt < tables
                    && capacity[pt] > 0 && Fits(pair, pt))
                {
                    Put(pair, pt);
                }
            }

            foreach (var pair in pairs.Where(p => !assigned.ContainsKey(p)))
            {
                var best = Enumerable.Range(0, tables).Where(t => capacity[t] > 0 && Fits(pair, t))
                    .OrderByDescending(t => capacity[t]).ThenBy(t => t).DefaultIfEmpty(-1).First();
                if (best >= 0)
                {
                    Put(pair, best);
                }
                else if (!Augment(pair, tables, capacity, members, assigned, Fits))
                {
                    unsplit.Add(pair);
                }
            }

            foreach (var (pair, t) in assigned.OrderBy(x => x.Key))
            {
                var p = model.Pairs[pair];
                state.AddEdge(p.Person, first + t, pair, p.VacancyId, p.Score);
            }
        }

        return unsplit;
    }

    /// <summary>Breadth-first search for a chain of moves that frees a table the pair fits.</summary>
    private static bool Augment(
        int pair, int tables, int[] capacity, List<int>[] members, Dictionary<int, int> assigned, Func<int, int, bool> fits)
    {
        var parent = new (int FromTable, int Moved)[tables];
        var visited = new bool[tables];
        var queue = new Queue<int>();
        for (var t = 0; t < tables; t++)
        {
            if (fits(pair, t))
            {
                visited[t] = true;
                parent[t] = (-1, pair);
                queue.Enqueue(t);
            }
        }

        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            foreach (var q in members[g])
            {
                for (var h = 0; h < tables; h++)
                {
                    if (visited[h] || !fits(q, h))
                    {
                        continue;
                    }

                    visited[h] = true;
                    parent[h] = (g, q);
                    if (capacity[h] == 0)
                    {
                        queue.Enqueue(h);
                        continue;
                    }

                    // Walk back: every moved pair leaves its table for the next one on the chain.
                    capacity[h]--;
                    for (var t = h; t >= 0;)
                    {
                        var (from, moved) = parent[t];
                        if (from >= 0)
                        {
                            members[from].Remove(moved);
                        }

                        members[t].Add(moved);
                        assigned[moved] = t;
                        t = from;
                    }

                    return true;
                }
            }
        }

        return false;
    }
}
