using JobConnect.Domain.Common;

namespace JobConnect.Domain.Agencies;

/// <summary>
/// One version of an agency's letter paragraphs. Versions are only added, never changed: a letter
/// prints the version that was valid when its invitation was issued, because for job-centre clients
/// the wording can carry legal consequences.
/// </summary>
public class AgencyLetterText : Entity
{
    public int AgencyId { get; set; }
    public int Version { get; set; }
    public string? Formal { get; set; }
    public string? Informal { get; set; }
    public DateTime ValidFromUtc { get; set; }
    public required string ChangedByUserId { get; set; }

    /// <summary>The version valid at <paramref name="atUtc"/>: the latest that started at or before it, or null.</summary>
    public static AgencyLetterText? ValidAt(IEnumerable<AgencyLetterText> versions, DateTime atUtc) =>
        versions.Where(v => v.ValidFromUtc <= atUtc).MaxBy(v => v.Version);
}
