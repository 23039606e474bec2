using JobConnect.Domain.Common;

namespace JobConnect.Domain.Feedback;

/// <summary>A company's short feedback after a fair; one per company and fair, changeable until the organizers read it out.</summary>
public class EmployerFeedback : Entity
{
    public int FairId { get; set; }
    public int EmployerId { get; set; }

    /// <summary>1 (not at all) to 5 (very satisfied).</summary>
    public int Satisfaction { get; set; }

    /// <summary>People the company hired (job) after conversations at the fair.</summary>
    public int Hires { get; set; }

    /// <summary>Apprenticeship contracts after conversations at the fair.</summary>
    public int Apprenticeships { get; set; }

    /// <summary>Wishes for next year, free text.</summary>
    public string? Wishes { get; set; }

    public DateTime SubmittedUtc { get; set; }
    public required string SubmittedByUserId { get; set; }
}
