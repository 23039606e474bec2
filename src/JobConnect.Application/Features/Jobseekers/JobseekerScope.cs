using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// The one place that decides whose personal data a user may read or change. Every jobseeker query
/// starts here, so lists, search, counts and exports cannot drift apart.
/// </summary>
public static class JobseekerScope
{
    /// <summary>
    /// Caseworkers: their agency's caseload. Organizers: only people invited to a fair (check-in needs
    /// them); everything else only as aggregates. Employers: nobody — they get candidate profiles.
    /// </summary>
    public static IQueryable<Jobseeker> VisibleTo(this JobConnectDbContext db, UserScope scope) => scope switch
    {
        { IsCaseworker: true } => db.Jobseekers.Where(j => j.AgencyId == scope.AgencyId),
        { IsOrganizer: true } => db.Jobseekers.Where(j => db.Invitations.Any(i => i.JobseekerId == j.Id)),
        _ => db.Jobseekers.Where(_ => false),
    };

    /// <summary>Only the owning agency's caseworkers change, archive, export or erase a person.</summary>
    public static IQueryable<Jobseeker> WritableBy(this JobConnectDbContext db, UserScope scope) =>
        scope.IsCaseworker ? db.Jobseekers.Where(j => j.AgencyId == scope.AgencyId) : throw scope.Refused("Only caseworkers change jobseekers.");
}
