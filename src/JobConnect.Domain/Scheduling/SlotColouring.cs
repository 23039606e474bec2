using System.Numerics;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Gives every person–table edge a slot (its colour) so that no person and no table has two edges of
/// the same colour. Bipartite edge colouring by alternating (Kempe) paths: when an edge (p, t) finds no
/// slot free at both ends, take a slot a free at p and b free at t and swap a/b along the path that
/// starts at t; then a is free at both. By König's theorem this always succeeds while every degree is at
/// most the number of open slots and all edges may use all open slots (only global breaks). Earliest
/// slots, absent employers and pins break that uniformity: a path whose edges cannot take both colours
/// is rejected and the next (a, b) is tried; an edge for which none works is reported unplaced.
/// </summary>
internal static class SlotColouring
{
    /// <summary>Colours all unplaced edges; returns those that could not be placed.</summary>
    public static List<PlanEdge> ColourAll(PlanState state)
    {
        // Kept conversations take their previous slot first when it is still free.
        foreach (var edge in state.Edges.Where(e => e.Slot < 0 && e.PreferredSlot >= 0))
        {
            var bit = SlotMask.Bit(edge.PreferredSlot);
            if ((edge.Allowed & bit & ~state.PersonBusy[edge.Person] & ~state.TableBusy[edge.Table]) != 0)
            {
                state.Assign(edge, edge.PreferredSlot);
            }
        }

        var pending = state.Edges.Where(e => e.Slot < 0)
            .OrderBy(e => BitOperations.PopCount(e.Allowed)).ThenBy(e => e.Person).ThenBy(e => e.Table).ToList();
        return [.. pending.Where(edge => !TryPlace(state, edge))];
    }

    /// <summary>Places one edge, on its table or another table of the same employer.</summary>
    public static bool TryPlace(PlanState state, PlanEdge edge)
    {
        var model = state.Model;
        var employer = model.TableEmployer[edge.Table];
        var home = edge.Table;
        var tables = new List<int> { home };
        for (var g = model.TableStart[employer]; g < model.TableStart[employer + 1]; g++)
        {
            if (g != home)
            {
                tables.Add(g);
            }
        }

        foreach (var avoidSoft in new[] { true, false })
        {
            foreach (var table in tables)
            {
                state.MoveToTable(edge, table);
                if (TryPlaceOnTable(state, edge, avoidSoft))
                {
                    return true;
                }
            }
        }

        state.MoveToTable(edge, home);
        return false;
    }

    private static bool TryPlaceOnTable(PlanState state, PlanEdge edge, bool avoidSoft)
    {
        var freeAtPerson = edge.Allowed & ~state.PersonBusy[edge.Person];
        var freeAtTable = edge.Allowed & ~state.TableBusy[edge.Table];
        if ((freeAtPerson & freeAtTable) != 0)
        {
            state.Assign(edge, SlotMask.Lowest(freeAtPerson & freeAtTable));
            return true;
        }

        for (var a = freeAtPerson; a != 0; a &= a - 1)
        {
            var slotA = SlotMask.Lowest(a);
            for (var b = freeAtTable; b != 0; b &= b - 1)
            {
                var slotB = SlotMask.Lowest(b);
                if (TrySwap(state, fromTable: true, edge.Table, slotA, slotB, avoidSoft))
                {
                    state.Assign(edge, slotA);
                    return true;
                }

                if (TrySwap(state, fromTable: false, edge.Person, slotB, slotA, avoidSoft))
                {
                    state.Assign(edge, slotB);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Swaps colours <paramref name="first"/> and <paramref name="second"/> along the alternating path that
    /// leaves <paramref name="vertex"/> by its <paramref name="first"/>-coloured edge, if every edge on it may
    /// take both colours. Afterwards <paramref name="first"/> is free at the vertex.
    /// </summary>
    public static bool TrySwap(PlanState state, bool fromTable, int vertex, int first, int second, bool avoidSoft)
    {
        var both = SlotMask.Bit(first) | SlotMask.Bit(second);
        var path = new List<PlanEdge>();
        var atTable = fromTable;
        var colour = first;
        while (true)
        {
            var id = atTable ? state.EdgeAtTable(vertex, colour) : state.EdgeAtPerson(vertex, colour);
            if (id < 0)
            {
                break;
            }

            var edge = state.Edges[id];
            if (edge.Fixed || (edge.Allowed & both) != both || (avoidSoft && edge.Soft))
            {
                return false;
            }

            path.Add(edge);
            vertex = atTable ? edge.Person : edge.Table;
            atTable = !atTable;
            colour = colour == first ? second : first;
        }

        foreach (var edge in path)
        {
            state.Unassign(edge);
        }

        for (var i = 0; i < path.Count; i++)
        {
            state.Assign(path[i], i % 2 == 0 ? second : first);
        }

        return true;
    }
}
