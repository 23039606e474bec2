using JobConnect.Domain.Common;

namespace JobConnect.Domain.Agencies;

/// <summary>An employment agency or job centre: a separate public body that owns its caseload.</summary>
public class Agency : Entity
{
    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>The agency's own paragraph in its invitation letters (legal consequences differ per body).</summary>
    public string? LetterParagraph { get; set; }

    /// <summary>
    /// The same paragraph in the informal "du" wording of the school leavers' letter; when missing, that
    /// letter prints <see cref="LetterParagraph"/>, because a legal notice must not be dropped for its tone.
    /// </summary>
    public string? LetterParagraphInformal { get; set; }

    /// <summary>The paragraph for a letter in the given form of address.</summary>
    public static string? ParagraphFor(string? formal, string? informal, bool informalLetter) =>
        informalLetter && !string.IsNullOrWhiteSpace(informal) ? informal : formal;

    public List<AgencyQuota> Quotas { get; set; } = [];
}

public enum AgencyKind
{
    /// <summary>Agentur für Arbeit.</summary>
    Arbeitsagentur = 1,
    Jobcenter = 2,
    /// <summary>Any other inviting body, e.g. a municipal youth employment agency.</summary>
    Other = 3,
}

/// <summary>Optional cap on the seats an agency may fill in one phase.</summary>
public class AgencyQuota : Entity
{
    public int AgencyId { get; set; }
    public int FairPhaseId { get; set; }
    public int Seats { get; set; }
    public int SeatsTaken { get; set; }
}
