using JobConnect.Domain.Common;

namespace JobConnect.Domain.Jobseekers;

/// <summary>An employer the person has blocked (SGB III): it never sees, matches or meets them.</summary>
public class EmployerExclusion : Entity
{
    public int JobseekerId { get; set; }
    public int EmployerId { get; set; }
    public DateTime RecordedUtc { get; set; }
}
