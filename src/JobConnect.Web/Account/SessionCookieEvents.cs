using System.Security.Claims;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Web.Account;

/// <summary>
/// Ties the authentication cookie to a server-side <see cref="UserSession"/>: a sign-in starts one,
/// every request checks it (this replaces Identity's 30-minute security-stamp check), a sign-out
/// deletes it — so a copy of the cookie taken before signing out is worthless afterwards.
/// </summary>
internal static class SessionCookieEvents
{
    public static void Attach(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = SigningInAsync;
        events.OnValidatePrincipal = ValidatePrincipalAsync;
        events.OnSigningOut = SigningOutAsync;
    }

    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var ct = context.HttpContext.RequestAborted;
        // A new sign-in (also after enrolling a second factor) replaces the session it came from.
        await sessions.EndAsync(context.HttpContext.User, ct);
        if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(ClaimTypes.NameIdentifier) is { } user)
        {
            identity.AddClaim(new Claim(ScopeClaims.SessionId, await sessions.StartAsync(user.Value, ct)));
        }
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (context.Principal is null || !await sessions.ValidateAsync(context.Principal, circuitActivityUtc: null, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        await sessions.EndAsync(context.HttpContext.User, context.HttpContext.RequestAborted);
    }
}
