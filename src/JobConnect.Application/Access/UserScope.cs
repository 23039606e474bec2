using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>The audit of refusals for the signed-in user's scopes; none in scopes built by tests and jobs.</summary>
    public IRefusalLog? Refusals { get; init; }

    /// <summary>
    /// The exception that refuses this user, recorded as a refusal of <paramref name="useCase"/> (the calling
    /// file, so the log names the use case without anybody passing it).
    /// </summary>
    public AccessDeniedException Refused(string logMessage, [CallerFilePath] string useCase = "")
    {
        Refusals?.Record(UserId, Path.GetFileNameWithoutExtension(useCase));
        return new AccessDeniedException(logMessage);
    }

    /// <summary>Guards a use case that only organizers may run.</summary>
    public void RequireOrganizer([CallerFilePath] string useCase = "")
    {
        if (!IsOrganizer)
        {
            throw Refused("Only organizers may do this.", useCase);
        }
    }

    /// <summary>Guards a use case that only caseworkers (bound to an agency) may run.</summary>
    public void RequireCaseworker([CallerFilePath] string useCase = "")
    {
        if (!IsCaseworker)
        {
            throw Refused("Only caseworkers may do this.", useCase);
        }
    }

    /// <summary>Guards a use case that only employer users (bound to a company) may run.</summary>
    public void RequireEmployer([CallerFilePath] string useCase = "")
    {
        if (!IsEmployer)
        {
            throw Refused("Only employer users may do this.", useCase);
        }
    }

    /// <summary>Guards the check-in desk's use cases.</summary>
    public void RequireCheckIn([CallerFilePath] string useCase = "")
    {
        if (!MayCheckIn)
        {
            throw Refused("Only desk staff may do this.", useCase);
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
