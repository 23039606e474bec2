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

    /// <summary>May work the check-in desk: organizers and holders of the narrow check-in right.</summary>
    public bool MayCheckIn => IsOrganizer || Role == Roles.CheckIn;

    /// <summary>A caseworker who manages their own agency's caseworkers and letter paragraphs.</summary>
    public bool LeadsAgency => IsCaseworker && IsAgencyLead;
    /// <summary>Guards a use case that only organizers may run.</summary>
    public void RequireOrganizer()
    {
        if (!IsOrganizer)
        {
            throw new AccessDeniedException("Only organizers may do this.");
        }
    }

    /// <summary>Guards a use case that only caseworkers (bound to an agency) may run.</summary>
    public void RequireCaseworker()
    {
        if (!IsCaseworker)
        {
            throw new AccessDeniedException("Only caseworkers may do this.");
        }
    }

    /// <summary>Guards a use case that only employer users (bound to a company) may run.</summary>
    public void RequireEmployer()
    {
        if (!IsEmployer)
        {
            throw new AccessDeniedException("Only employer users may do this.");
        }
    }

    /// <summary>Guards the check-in desk's use cases.</summary>
    public void RequireCheckIn()
    {
        if (!MayCheckIn)
        {
            throw new AccessDeniedException("Only desk staff may do this.");
        }
    }

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
