using System.Globalization;
using System.Security.Claims;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JobConnect.Web.Account;

/// <summary>Puts the user's agency or company into the cookie so every request knows its scope.</summary>
public sealed class ScopedClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaims.DisplayName, user.DisplayName));
        if (user.AgencyId is { } agencyId)
        {
            identity.AddClaim(new Claim(ScopeClaims.AgencyId, agencyId.ToString(CultureInfo.InvariantCulture)));
            if (user.IsAgencyLead)
            {
                identity.AddClaim(new Claim(ScopeClaims.AgencyLead, "true"));
            }
        }
        if (user.EmployerId is { } employerId)
        {
            identity.AddClaim(new Claim(ScopeClaims.EmployerId, employerId.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
