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
    private readonly List<PlanEdge> _component = [];
    private readonly List<int> _targets = [];
    private readonly List<int> _people = [];
    private readonly List<int> _oldFirsts = [];
    private readonly List<int> _newFirsts = [];
    private readonly int[] _edgeStamp;
    private readonly int[] _personStamp;
    private int _stamp;

    public ScheduleImprover(PlanState state, bool freezeSoft)
    {
        _state = state;
        FreezeSoft = freezeSoft;
        var model = state.Model;
        _open = SlotMask.All(model.SlotCount) & ~SlotMask.Of(model.Problem.BlockedSlots);
        _capacity = model.Problem.EntranceCapacity;
        _firstCount = new int[model.SlotCount];
        _edgeStamp = new int[state.Edges.Count];
        _personStamp = new int[model.PersonCount];
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

    public int EntranceOverflow()
    {
        if (_capacity is not { } c)
        {
            return 0;
        }

        var overflow = 0;
        foreach (var n in _firstCount)
        {
            overflow += Math.Max(0, n - c);
        }

        return overflow;
    }

    public void Improve(int passes)
    {
        var edgesByPerson = _state.Edges.Where(e => e.Slot >= 0).GroupBy(e => e.Person)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Slot).ToList());
        for (var pass = 0; pass < passes; pass++)
        {
            var improved = false;
            for (var a = 0; a < _state.Model.SlotCount; a++)
            {
                for (var b = a + 1; b < _state.Model.SlotCount; b++)
                {
                    improved |= SlotMask.Has(_open, a) && SlotMask.Has(_open, b) && TrySwapSlots(a, b);
                }
            }

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
        return original != target && Component(edge, original, target) && TryApply(original, target);
    }

    /// <summary>
    /// Swaps two whole slots (relabels every conversation of slot a as b and back): reshapes the arrival
    /// waves in ways single components cannot. Only where every conversation in both slots may take both.
    /// </summary>
    private bool TrySwapSlots(int a, int b)
    {
        var both = SlotMask.Bit(a) | SlotMask.Bit(b);
        _component.Clear();
        _people.Clear();
        _stamp++;
        foreach (var edge in _state.Edges)
        {
            if (edge.Slot != a && edge.Slot != b)
            {
                continue;
            }

            if (!Movable(edge) || (edge.Allowed & both) != both)
            {
                return false;
            }

            _component.Add(edge);
            if (_personStamp[edge.Person] != _stamp)
            {
                _personStamp[edge.Person] = _stamp;
                _people.Add(edge.Person);
            }
        }

        return _component.Count > 0 && TryApply(a, b);
    }

    /// <summary>Swaps slots a and b on the collected component and keeps the change only if it lowers the cost.</summary>
    private bool TryApply(int original, int target)
    {
        var before = ComponentIdle() + (_overflowWeight * EntranceOverflow());
        RecordFirsts(_oldFirsts);
        Swap(original, target);
        RecordFirsts(_newFirsts);
        Shift(_oldFirsts, -1);
        Shift(_newFirsts, +1);
        if (ComponentIdle() + (_overflowWeight * EntranceOverflow()) < before)
        {
            return true;
        }

        Shift(_newFirsts, -1);
        Shift(_oldFirsts, +1);
        Swap(original, target);
        return false;
    }

    private long ComponentIdle()
    {
        long idle = 0;
        foreach (var p in _people)
        {
            idle += Idle(p);
        }

        return idle;
    }

    private void RecordFirsts(List<int> firsts)
    {
        firsts.Clear();
        foreach (var p in _people)
        {
            if (_state.PersonBusy[p] != 0)
            {
                firsts.Add(SlotMask.Lowest(_state.PersonBusy[p]));
            }
        }
    }

    private void Shift(List<int> firsts, int delta)
    {
        foreach (var slot in firsts)
        {
            _firstCount[slot] += delta;
        }
    }

    /// <summary>Collects the edges coloured a or b connected to the start edge; false if one of them may not move.</summary>
    private bool Component(PlanEdge start, int a, int b)
    {
        var both = SlotMask.Bit(a) | SlotMask.Bit(b);
        _component.Clear();
        _people.Clear();
        _stamp++;
        if ((start.Allowed & both) != both)
        {
            return false;
        }

        Add(start);
        for (var i = 0; i < _component.Count; i++)
        {
            var edge = _component[i];
            if (!Visit(_state.EdgeAtPerson(edge.Person, a)) || !Visit(_state.EdgeAtPerson(edge.Person, b))
                || !Visit(_state.EdgeAtTable(edge.Table, a)) || !Visit(_state.EdgeAtTable(edge.Table, b)))
            {
                return false;
            }
        }

        return true;

        bool Visit(int id)
        {
            if (id < 0 || _edgeStamp[id] == _stamp)
            {
                return true;
            }

            var next = _state.Edges[id];
            if (!Movable(next) || (next.Allowed & both) != both || _component.Count >= MaxComponentEdges)
            {
                return false;
            }

            Add(next);
            return true;
        }

        void Add(PlanEdge edge)
        {
            _edgeStamp[edge.Id] = _stamp;
            _component.Add(edge);
            if (_personStamp[edge.Person] != _stamp)
            {
                _personStamp[edge.Person] = _stamp;
                _people.Add(edge.Person);
            }
        }
    }

    private void Swap(int a, int b)
    {
        _targets.Clear();
        foreach (var edge in _component)
        {
            _targets.Add(edge.Slot == a ? b : a);
            _state.Unassign(edge);
        }

        for (var i = 0; i < _component.Count; i++)
        {
            _state.Assign(_component[i], _targets[i]);
        }
    }
}
