using System.Numerics;

namespace JobConnect.Domain.Scheduling;

/// <summary>
/// The slot grid of a phase while it is being planned: which conversation (edge) a person and a table
/// have in every slot. Pins are placed on creation and never move.
/// </summary>
internal sealed class PlanState
{
    private readonly int _slots;
    private readonly int[] _personAt;
    private readonly int[] _tableAt;
    private readonly HashSet<(int Person, int Employer)> _pinnedPairs = [];

    public PlanState(PhaseModel model)
    {
        Model = model;
        _slots = model.SlotCount;
        _personAt = new int[model.PersonCount * _slots];
        _tableAt = new int[model.TableCount * _slots];
        Array.Fill(_personAt, -1);
        Array.Fill(_tableAt, -1);
        PersonBusy = new ulong[model.PersonCount];
        TableBusy = new ulong[model.TableCount];
        PinCount = new int[model.PersonCount];
        foreach (var pin in model.Pins)
        {
            var edge = AddEdge(pin.Person, pin.Table, -1, pin.VacancyId, pin.Score);
            edge.Fixed = true;
            Assign(edge, pin.Slot);
            PinCount[pin.Person]++;
            _pinnedPairs.Add((pin.Person, model.TableEmployer[pin.Table]));
        }

        PersonFree = [.. model.PersonAllowed.Select((allowed, p) => allowed & ~PersonBusy[p])];
        TableFree = [.. model.TableAllowed.Select((allowed, g) => allowed & ~TableBusy[g])];
    }

    public PhaseModel Model { get; }

    public List<PlanEdge> Edges { get; } = [];

    public ulong[] PersonBusy { get; }

    public ulong[] TableBusy { get; }

    public int[] PinCount { get; }

    /// <summary>Slots each person can still use after the pins.</summary>
    public ulong[] PersonFree { get; }

    /// <summary>Slots each table can still use after the pins.</summary>
    public ulong[] TableFree { get; }

    public bool HasPin(int person, int employer) => _pinnedPairs.Contains((person, employer));

    /// <summary>Conversations a person can still get: limited by K_p and by their free slots.</summary>
    public int RemainingConversations(int person) =>
        Math.Max(0, Math.Min(Model.MaxConversations[person] - PinCount[person], BitOperations.PopCount(PersonFree[person])));

    public PlanEdge AddEdge(int person, int table, int pair, int vacancyId, int score)
    {
        var edge = new PlanEdge(Edges.Count, person, table, pair, vacancyId, score,
            Model.PersonAllowed[person] & Model.TableAllowed[table]);
        Edges.Add(edge);
        return edge;
    }

    public int EdgeAtPerson(int person, int slot) => _personAt[(person * _slots) + slot];

    public int EdgeAtTable(int table, int slot) => _tableAt[(table * _slots) + slot];

    public void Assign(PlanEdge edge, int slot)
    {
        edge.Slot = slot;
        _personAt[(edge.Person * _slots) + slot] = edge.Id;
        _tableAt[(edge.Table * _slots) + slot] = edge.Id;
        PersonBusy[edge.Person] |= SlotMask.Bit(slot);
        TableBusy[edge.Table] |= SlotMask.Bit(slot);
    }

    public void Unassign(PlanEdge edge)
    {
        if (edge.Slot < 0)
        {
            return;
        }

        _personAt[(edge.Person * _slots) + edge.Slot] = -1;
        _tableAt[(edge.Table * _slots) + edge.Slot] = -1;
        PersonBusy[edge.Person] &= ~SlotMask.Bit(edge.Slot);
        TableBusy[edge.Table] &= ~SlotMask.Bit(edge.Slot);
        edge.Slot = -1;
    }

    /// <summary>Moves an unplaced edge to another table (same employer) before it is coloured.</summary>
    public void MoveToTable(PlanEdge edge, int table)
    {
        edge.Table = table;
        edge.Allowed = Model.PersonAllowed[edge.Person] & Model.TableAllowed[table];
    }
}

/// <summary>A conversation in the plan: a person–table edge whose colour is its slot.</summary>
internal sealed class PlanEdge(int id, int person, int table, int pair, int vacancyId, int score, ulong allowed)
{
    public int Id { get; } = id;

    public int Person { get; } = person;

    public int Table { get; set; } = table;

    /// <summary>Index into <see cref="PhaseModel.Pairs"/>, or −1 for a pin.</summary>
    public int Pair { get; } = pair;

    public int VacancyId { get; } = vacancyId;

    public int Score { get; } = score;

    /// <summary>Slots the edge may take (person available and table open).</summary>
    public ulong Allowed { get; set; } = allowed;

    /// <summary>Current slot, or −1 while unplaced.</summary>
    public int Slot { get; set; } = -1;

    /// <summary>A pin: never moves.</summary>
    public bool Fixed { get; set; }

    /// <summary>Kept from a previous schedule: moves only when nothing else helps.</summary>
    public bool Soft { get; set; }

    /// <summary>Slot of the previous schedule, or −1.</summary>
    public int PreferredSlot { get; set; } = -1;
}
