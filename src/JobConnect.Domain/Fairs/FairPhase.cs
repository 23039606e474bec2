using JobConnect.Domain.Common;

namespace JobConnect.Domain.Fairs;

/// <summary>
/// A phase of the fair with its own name, target group and rules, e.g. "Vormittag" for adults and
/// "Nachmittag" for school leavers; a fair has one, two or more (see ADR 0008).
/// </summary>
public class FairPhase : Entity
{
    public const int NameMaxLength = 60;

    public int FairId { get; set; }
    public Fair? Fair { get; set; }

    /// <summary>The organizer's name for the phase, unique within the fair; letters and lists print it.</summary>
    public required string Name { get; set; }

    /// <summary>Who may be invited to this phase; vacancies and booths of this group take part in it.</summary>
    public TargetGroup TargetGroup { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }

    /// <summary>Length of one conversation slot; 15 minutes is the practical minimum.</summary>
    public int SlotMinutes { get; set; } = 15;

    /// <summary>Seats: the most people that may be invited into this phase.</summary>
    public int SeatCapacity { get; set; }

    /// <summary>Seats already taken by active invitations; updated with a conditional update so it never exceeds <see cref="SeatCapacity"/>.</summary>
    public int SeatsTaken { get; set; }

    public int ConversationsPerPerson { get; set; } = 3;

    /// <summary>Matches below this score get no conversation.</summary>
    public int MinimumScore { get; set; } = 50;

    /// <summary>How many people the entrance handles per arrival wave (one slot).</summary>
    public int EntranceCapacityPerWave { get; set; } = 60;

    public List<PhaseBreak> Breaks { get; set; } = [];

    /// <summary>Start times of all conversation slots, breaks left out.</summary>
    public IReadOnlyList<TimeOnly> SlotStarts()
    {
        var slots = new List<TimeOnly>();
        for (var t = Start; t.AddMinutes(SlotMinutes) <= End && t.AddMinutes(SlotMinutes) > t; t = t.AddMinutes(SlotMinutes))
        {
            var slotEnd = t.AddMinutes(SlotMinutes);
            if (!Breaks.Any(b => t < b.End && b.Start < slotEnd))
            {
                slots.Add(t);
            }
        }
        return slots;
    }

    public int SeatsLeft => Math.Max(0, SeatCapacity - SeatsTaken);
}

/// <summary>A pause within a phase; no conversations are scheduled in it.</summary>
public class PhaseBreak
{
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}
