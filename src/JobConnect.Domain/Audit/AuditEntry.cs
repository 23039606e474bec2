using JobConnect.Domain.Common;

namespace JobConnect.Domain.Audit;

/// <summary>Who did what to which record, and when — never the personal data itself.</summary>
public class AuditEntry : Entity
{
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
}
