namespace JobConnect.Domain.Invitations;

/// <summary>Why a person declined; <see cref="ImportantReason"/> is offered to job-centre clients only.</summary>
public enum DeclineReason
{
    /// <summary>"Wichtiger Grund" (SGB II): for a job-centre client it decides whether staying away has consequences.</summary>
    ImportantReason = 1,
    Illness = 2,
    FoundWork = 3,
    OtherAppointment = 4,
    Other = 5,
}

/// <summary>
/// The invited person's own answer from their personal page: confirmed, or declined with a reason.
/// Kept as a record of its own (with the time) because for job-centre clients the answer may matter later.
/// </summary>
public class InvitationResponse
{
    public int Id { get; set; }
    public int InvitationId { get; set; }
    public Invitation? Invitation { get; set; }

    /// <summary><see cref="InvitationStatus.Confirmed"/> or <see cref="InvitationStatus.Declined"/>.</summary>
    public InvitationStatus Answer { get; set; }
    public DeclineReason? Reason { get; set; }

    /// <summary>The person's own words, optional.</summary>
    public string? Note { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The person's answers are recorded as made by this pseudo-user, not by a caseworker.</summary>
    public const string ByPersonalLink = "personal-link";
}
