using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;

namespace JobConnect.Domain.Fairs;

/// <summary>An employer's booth at a fair, with tables for parallel conversations.</summary>
public class Booth : Entity
{
    public int FairId { get; set; }
    public Fair? Fair { get; set; }
    public int EmployerId { get; set; }
    public Employer? Employer { get; set; }

    /// <summary>Label shown on the floor plan and in letters, e.g. "B07".</summary>
    public required string Label { get; set; }

    /// <summary>Tables staffed in parallel (1–3 at the Kassel fair).</summary>
    public int Tables { get; set; } = 1;

    /// <summary>The target groups the booth talks to: it is staffed in every phase of these groups.</summary>
    public TargetGroups Phases { get; set; } = TargetGroups.Both;
}
