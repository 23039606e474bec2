namespace JobConnect.Domain.Scheduling;

/// <summary>Conversations of a previous schedule that can still happen at the same table and slot.</summary>
internal sealed class KeptPlacements
{
    private readonly Dictionary<int, int> _slots = [];

    private KeptPlacements()
    {
    }

    /// <summary>Pair indices worth a keep bonus.</summary>
    public HashSet<int> Pairs { get; } = [];

    /// <summary>Previous global table per pair.</summary>
    public Dictionary<int, int> Tables { get; } = [];

    public static KeptPlacements From(PhaseModel model, IReadOnlyList<ScheduledConversation> previous)
    {
        var kept = new KeptPlacements();
        foreach (var c in previous)
        {
            if (!model.PersonIndex.TryGetValue(c.PersonId, out var p) || !model.EmployerIndex.TryGetValue(c.EmployerId, out var e)
                || !model.PairIndex.TryGetValue((p, e), out var pair) || c.TableIndex >= model.TableStart[e + 1] - model.TableStart[e])
            {
                continue;
            }

            var table = model.TableStart[e] + c.TableIndex;
            if (c.Slot >= model.SlotCount || !SlotMask.Has(model.PersonAllowed[p] & model.TableAllowed[table], c.Slot))
            {
                continue;
            }

            kept.Pairs.Add(pair);
            kept.Tables[pair] = table;
            kept._slots[pair] = c.Slot;
        }

        return kept;
    }

    /// <summary>Marks the edges of kept pairs so the colouring tries their old slot and avoids moving them.</summary>
    public void MarkEdges(PlanState state)
    {
        foreach (var edge in state.Edges.Where(e => e.Pair >= 0 && _slots.ContainsKey(e.Pair)))
        {
            edge.Soft = true;
            edge.PreferredSlot = _slots[edge.Pair];
        }
    }
}
