using JobConnect.Application.Access;
using JobConnect.Domain.Reports;

namespace JobConnect.Application.Features.Reports;

/// <summary>
/// Whose share of a fair's figures a user sees, as <c>JobseekerScope</c> decides for people: organizers
/// everything, a caseworker their own agency's clients, an employer only the people planned with the company.
/// </summary>
public static class ReportScope
{
    public static IReadOnlyList<FunnelRecord> VisibleTo(this IEnumerable<FunnelRecord> records, UserScope scope) => scope switch
    {
        { IsOrganizer: true } => [.. records],
        { IsCaseworker: true } => [.. records.Where(r => r.AgencyId == scope.AgencyId)],
        { IsEmployer: true } => [.. records.Where(r => r.Talks.Any(t => t.EmployerId == scope.EmployerId))],
        _ => throw scope.Refused("The role sees no fair figures."),
    };
}
