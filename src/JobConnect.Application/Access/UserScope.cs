using System.Globalization;
using System.Security.Claims;
using JobConnect.Application.Identity;

namespace JobConnect.Application.Access;

/// <summary>
/// What the signed-in user may see: organizers the whole fair, caseworkers one agency, employer users
/// one company. Every service query over personal or company data takes a scope.
/// </summary>
public sealed record UserScope(string UserId, string Role, int? AgencyId, int? EmployerId, bool IsAgencyLead = false)
{
    public bool IsOrganizer => Role == Roles.Organizer;
    public bool IsCaseworker => Role == Roles.Caseworker && AgencyId is not null;
    public bool IsEmployer => Role == Roles.Employer && EmployerId is not null;

    /// <summary>A caseworker who manages their own agency's caseworkers and letter paragraphs.</summary>
    public bool LeadsAgency => IsCaseworker && IsAgencyLead;

    public static UserScope FromPrincipal(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new AccessDeniedException("Not signed in.");
        var role = Roles.All.FirstOrDefault(principal.IsInRole)
            ?? throw new AccessDeniedException("The user has no role.");
        return new UserScope(userId, role, IntClaim(principal, ScopeClaims.AgencyId), IntClaim(principal, ScopeClaims.EmployerId),
            principal.HasClaim(ScopeClaims.AgencyLead, "true"));
    }

    private static int? IntClaim(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>Thrown by services when the scope does not allow an action; the UI shows "not allowed" and logs nothing personal.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
