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

/// <summary>What came of a conversation, recorded by the employer at the table (or later in follow-up).</summary>
public class ConversationOutcome
{
    public OutcomeKind Kind { get; set; }

    /// <summary>Date of an agreed interview appointment (the fair's local calendar).</summary>
    public DateOnly? AppointmentDate { get; set; }

    /// <summary>Local time (Europe/Berlin) of an agreed interview appointment.</summary>
    public TimeOnly? AppointmentTime { get; set; }

    /// <summary>Where the interview takes place, e.g. the company's address.</summary>
    public string? AppointmentPlace { get; set; }

    /// <summary>Whom the candidate asks for, with phone or e-mail.</summary>
    public string? AppointmentContact { get; set; }

    /// <summary>Free note of the employer; erased with the person's data after the retention period.</summary>
    public string? Note { get; set; }

    public DateTime RecordedUtc { get; set; }
    public required string RecordedByUserId { get; set; }
}

public enum OutcomeKind
{
    /// <summary>An interview appointment was agreed at the table (date, time, place, contact).</summary>
    InterviewAppointment = 1,
    NextStep = 2,
    NotSuitable = 3,
    /// <summary>The person did not come to the conversation.</summary>
    NoShow = 4,
    Hired = 5,
    /// <summary>The company asks for application documents.</summary>
    SendDocuments = 6,
    /// <summary>Only a free note, no decision yet.</summary>
    NoteOnly = 7,
}

/// <summary>
/// The idempotency key of one outcome submission from the booth: a retry after a dropped connection
/// carries the same key and finds it here, so an outcome is saved exactly once.
/// </summary>
public class OutcomeSubmission
{
    /// <summary>Chosen by the booth page when the form opens; the primary key is the guard.</summary>
    public Guid Id { get; set; }
    public int ConversationId { get; set; }
    public DateTime RecordedUtc { get; set; }
}
