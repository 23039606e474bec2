using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// The one place that decides whose invitations a user may see, as <c>JobseekerScope</c> does for
/// people: lists, letters, mails, status changes and counts all start here.
/// </summary>
public static class InvitationScope
{
    /// <summary>Organizers: every invitation (letters, check-in). Caseworkers: their own agency's. Employers: none.</summary>
    public static IQueryable<Invitation> InvitationsVisibleTo(this JobConnectDbContext db, UserScope scope) => scope switch
    {
        { IsOrganizer: true } => db.Invitations,
        { IsCaseworker: true } => db.Invitations.Where(i => i.AgencyId == scope.AgencyId),
        _ => db.Invitations.Where(_ => false),
    };

    /// <summary>Guards the invitation pages' use cases: employers learn about people only through their booth schedule.</summary>
    public static void RequireInvitationAccess(this UserScope scope)
    {
        if (!scope.IsOrganizer && !scope.IsCaseworker)
        {
            throw scope.Refused("Employers do not see invitations.");
        }
    }
}
