using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Web.Account;

public static class AuthenticationSetup
{
    /// <summary>Cookie sign-in, deny by default, and one policy per role.</summary>
    public static IServiceCollection AddJobConnectAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "JobConnect.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
        });
        new IdentityBuilder(typeof(ApplicationUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ScopedClaimsPrincipalFactory>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();
        services.AddCascadingAuthenticationState();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Organizer, p => p.RequireRole(Roles.Organizer))
            .AddPolicy(Roles.Caseworker, p => p.RequireRole(Roles.Caseworker).RequireClaim(ScopeClaims.AgencyId))
            .AddPolicy(Roles.Employer, p => p.RequireRole(Roles.Employer).RequireClaim(ScopeClaims.EmployerId))
            .AddPolicy(Policies.AgencyLead, p => p.RequireRole(Roles.Caseworker).RequireClaim(ScopeClaims.AgencyId).RequireClaim(ScopeClaims.AgencyLead, "true"))
            .AddPolicy(Policies.LetterTexts, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Organizer) || (c.User.IsInRole(Roles.Caseworker) && c.User.HasClaim(ScopeClaims.AgencyLead, "true"))))
            .AddPolicy(Policies.ManageAccounts, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Organizer)
                || (c.User.IsInRole(Roles.Caseworker) && c.User.HasClaim(ScopeClaims.AgencyLead, "true"))
                || (c.User.IsInRole(Roles.Employer) && c.User.HasClaim(x => x.Type == ScopeClaims.EmployerId))));
        return services;
    }
}

/// <summary>Policies beyond the three roles.</summary>
public static class Policies
{
    /// <summary>A caseworker who leads their agency (caseworkers and letter paragraphs of that agency).</summary>
    public const string AgencyLead = "AgencyLead";

    /// <summary>Sees and invites accounts: organizers all, agency leads their agency's, company staff their colleagues.</summary>
    public const string ManageAccounts = "ManageAccounts";

    /// <summary>Edits an agency's letter paragraphs: organizers any agency's, a lead their own.</summary>
    public const string LetterTexts = "LetterTexts";
}
