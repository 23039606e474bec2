using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;

namespace JobConnect.Domain.Conversations;

/// <summary>
/// A short first conversation: an invited person at one booth table in one slot, about one vacancy.
/// Invariants: a person in one place per slot; a table holds one conversation per slot; never with an excluded employer.
/// </summary>
public class Conversation : Entity
{
    public int InvitationId { get; set; }
    public Invitation? Invitation { get; set; }
    public int BoothId { get; set; }
    public Booth? Booth { get; set; }

    /// <summary>1-based table number within the booth.</summary>
    public int TableNumber { get; set; } = 1;

    public TimeOnly SlotStart { get; set; }
    public int? VacancyId { get; set; }

    /// <summary>The match score (0–100) the scheduler used.</summary>
    public int Score { get; set; }

    /// <summary>Pinned conversations stay where the organizer put them when the scheduler re-runs.</summary>
    public bool Pinned { get; set; }

    public ConversationOutcome? Outcome { get; set; }
}

/// <summary>What came of a conversation, recorded by the employer on the day or in follow-up.</summary>
public class ConversationOutcome
{
    public OutcomeKind Kind { get; set; }
    public DateTime? InterviewAt { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string RecordedByUserId { get; set; }
}

public enum OutcomeKind
{
    InterviewAppointment = 1,
    NextStep = 2,
    NotSuitable = 3,
    NoShow = 4,
    Hired = 5,
}
