using System.Numerics;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Local search on a finished slot colouring: recolours one conversation, or swaps two slots on the
/// alternating component around it (a Kempe swap keeps the colouring valid), whenever that lowers
/// entrance overflow first, idle slots second. Which conversations happen never changes;
/// pins and (in minimal-changes mode) kept conversations never move. Deterministic: fixed visiting order.
/// </summary>
internal sealed class ScheduleImprover
{
    private const int MaxComponentEdges = 48;
    private readonly PlanState _state;
    private readonly ulong _open;
    private readonly int? _capacity;
    private readonly int[] _firstCount;
    private readonly long _overflowWeight;

    public ScheduleImprover(PlanState state, bool freezeSoft)
    {
        _state = state;
        FreezeSoft = freezeSoft;
        var model = state.Model;
        _open = SlotMask.All(model.SlotCount) & ~SlotMask.Of(model.Problem.BlockedSlots);
        _capacity = model.Problem.EntranceCapacity;
        _firstCount = new int[model.SlotCount];
        for (var p = 0; p < model.PersonCount; p++)
        {
            if (state.PersonBusy[p] != 0)
            {
                _firstCount[SlotMask.Lowest(state.PersonBusy[p])]++;
            }
        }

        // One person too many in a wave outweighs any idle time one move can change (≤ 48 edges × 64 slots).
        _overflowWeight = MaxComponentEdges * SchedulingProblem.MaxSlotCount * 2L;
    }

    private bool FreezeSoft { get; }

    public int IdleSlots() => Enumerable.Range(0, _state.Model.PersonCount).Sum(Idle);

    public int EntranceOverflow() => _capacity is { } c ? _firstCount.Sum(n => Math.Max(0, n - c)) : 0;

    public void Improve(int passes)
    {
        var edgesByPerson = _state.Edges.Where(e => e.Slot >= 0).GroupBy(e => e.Person)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Slot).ToList());
        for (var pass = 0; pass < passes; pass++)
        {
            var improved = false;
            foreach (var (person, edges) in edgesByPerson.OrderBy(x => x.Key))
            {
                if (Idle(person) == 0 && !InOverfullWave(person))
                {
                    continue;
                }

                foreach (var edge in edges.Where(Movable))
                {
                    for (var b = edge.Allowed & ~SlotMask.Bit(edge.Slot); b != 0; b &= b - 1)
                    {
                        improved |= TryMove(edge, SlotMask.Lowest(b));
                    }
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    private bool Movable(PlanEdge edge) => !edge.Fixed && !(FreezeSoft && edge.Soft);

    private bool InOverfullWave(int person) =>
        _capacity is { } c && _state.PersonBusy[person] != 0 && _firstCount[SlotMask.Lowest(_state.PersonBusy[person])] > c;

    private int Idle(int person)
    {
        var busy = _state.PersonBusy[person];
        if (busy == 0)
        {
            return 0;
        }

        var first = SlotMask.Lowest(busy);
        var last = 63 - BitOperations.LeadingZeroCount(busy);
        var span = SlotMask.All(last + 1) & ~SlotMask.Below(first) & _open;
        return BitOperations.PopCount(span) - BitOperations.PopCount(busy);
    }

    private bool TryMove(PlanEdge edge, int target)
    {
        var original = edge.Slot;
        var component = Component(edge, original, target);
        if (component is null)
        {
            return false;
        }

        var people = component.Select(e => e.Person).Distinct().ToArray();
        var firstsBefore = Firsts(people);
        long idleBefore = people.Sum(Idle);
        Swap(component, original, target);
        var firstsAfter = Firsts(people);
        long idleAfter = people.Sum(Idle);

        var touched = firstsBefore.Concat(firstsAfter).Distinct().ToArray();
        var overflowBefore = Overflow(touched);
        Shift(firstsBefore, -1);
        Shift(firstsAfter, +1);
        var overflowAfter = Overflow(touched);
        if (idleAfter + (_overflowWeight * overflowAfter) < idleBefore + (_overflowWeight * overflowBefore))
        {
            return true;
        }

        Shift(firstsAfter, -1);
        Shift(firstsBefore, +1);
        Swap(component, original, target);
        return false;
    }

    private int[] Firsts(int[] people) =>
        [.. people.Where(p => _state.PersonBusy[p] != 0).Select(p => SlotMask.Lowest(_state.PersonBusy[p]))];

    private void Shift(int[] firsts, int delta)
    {
        foreach (var slot in firsts)
        {
            _firstCount[slot] += delta;
        }
    }

    private long Overflow(int[] slots) =>
        _capacity is { } c ? slots.Sum(s => (long)Math.Max(0, _firstCount[s] - c)) : 0;

    /// <summary>The edges coloured <paramref name="a"/> or <paramref name="b"/> connected to the edge, or null if one may not move.</summary>
    private List<PlanEdge>? Component(PlanEdge start, int a, int b)
    {
        var both = SlotMask.Bit(a) | SlotMask.Bit(b);
        var seen = new HashSet<int> { start.Id };
        var component = new List<PlanEdge> { start };
        if ((start.Allowed & both) != both)
        {
            return null;
        }

        for (var i = 0; i < component.Count; i++)
        {
            var edge = component[i];
            foreach (var id in new[]
            {
                _state.EdgeAtPerson(edge.Person, a), _state.EdgeAtPerson(edge.Person, b),
                _state.EdgeAtTable(edge.Table, a), _state.EdgeAtTable(edge.Table, b),
            })
            {
                if (id < 0 || !seen.Add(id))
                {
                    continue;
                }

                var next = _state.Edges[id];
                if (!Movable(next) || (next.Allowed & both) != both || component.Count >= MaxComponentEdges)
                {
                    return null;
                }

                component.Add(next);
            }
        }

        return component;
    }

    private void Swap(List<PlanEdge> component, int a, int b)
    {
        var targets = component.Select(e => e.Slot == a ? b : a).ToArray();
        foreach (var edge in component)
        {
            _state.Unassign(edge);
        }

        for (var i = 0; i < component.Count; i++)
        {
            _state.Assign(component[i], targets[i]);
        }
    }
}
