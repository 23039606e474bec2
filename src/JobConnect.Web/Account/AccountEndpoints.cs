using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JobConnect.Web.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out needs the HTTP response (cookie), so it is a form post, not a circuit call.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/account/login");
        }).AllowAnonymous();

        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (culture is "de-DE" or "en")
            {
                http.Response.Cookies.Append(
                    Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                    Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
            }
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "~/");
        }).AllowAnonymous();
        return endpoints;
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
