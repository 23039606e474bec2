using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <summary>Whom a matching page may show: the caller's people, read live, never from the shared snapshot.</summary>
internal static class Caseload
{
    /// <summary>The caller's active caseload with invitation status, read live through <see cref="JobseekerScope"/>.</summary>
    public static async Task<Dictionary<int, CandidateMatch>> ActiveAsync(JobConnectDbContext db, UserScope scope, int fairId, CancellationToken ct)
    {
        var people = await db.VisibleTo(scope).Where(j => !j.Archived)
            .Select(j => new
            {
                j.Id, j.ReferenceNumber, j.FirstName, j.LastName, j.Postcode, j.City, j.TargetGroup,
                Invitation = db.Invitations.Where(i => i.FairId == fairId && i.JobseekerId == j.Id).Select(i => (InvitationStatus?)i.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => new CandidateMatch(
            p.Id, p.ReferenceNumber, p.FirstName, p.LastName, p.Postcode, p.City, p.TargetGroup, null!, p.Invitation));
    }
}
