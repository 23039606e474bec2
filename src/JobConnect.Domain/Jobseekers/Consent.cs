using JobConnect.Domain.Common;

namespace JobConnect.Domain.Jobseekers;

/// <summary>A recorded consent (Einwilligung) with the text version the person agreed to.</summary>
public class Consent : Entity
{
    public int JobseekerId { get; set; }
    public ConsentScope Scope { get; set; }
    public DateTime GivenUtc { get; set; }
    public required string TextVersion { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
}

public enum ConsentScope
{
    /// <summary>Employers of this fair may see the full profile and name.</summary>
    ShareProfileWithEmployers = 1,
    /// <summary>Letters and notices may be sent by e-mail.</summary>
    EmailContact = 2,
    /// <summary>A walk-in agreed at the desk to be registered for the fair day with minimal data.</summary>
    FairDayRegistration = 3,
}
