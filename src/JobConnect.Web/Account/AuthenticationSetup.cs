using System.Threading.RateLimiting;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Account;

public static class AuthenticationSetup
{
    /// <summary>Organizers (everything) and caseworkers (their own clients) read the audit log.</summary>
    public const string AuditReaders = "AuditReaders";

    /// <summary>Cookie sign-in bound to server-side sessions, a second factor for roles with social data, deny by default, one policy per role.</summary>
    public static IServiceCollection AddJobConnectAuthentication(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        // Cookies travel over TLS only, except in Development and in a local trial that says so explicitly
        // (Security:AllowPlainHttp, README): the browser and the app are then on the same machine.
        var plainHttp = isDevelopment || configuration.GetValue<bool>("Security:AllowPlainHttp");
        services.Configure<SessionLifetimeOptions>(configuration.GetSection(SessionLifetimeOptions.Section));
        services.Configure<SignInLimitOptions>(configuration.GetSection(SignInLimitOptions.Section));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            // "__Host-": the browser accepts it only Secure, for this host and path "/" (ASVS V3.3.3).
            cookie.Cookie.Name = plainHttp ? "JobConnect.Auth" : "__Host-JobConnect.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Outside Development only over TLS; behind a proxy the forwarded scheme counts (ProxySetup).
            cookie.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // The server-side session enforces idle and absolute limits; the cookie never outlives the absolute one.
            cookie.ExpireTimeSpan = new SessionLifetimeOptions().AbsoluteLifetime;
            cookie.SlidingExpiration = false;
            SessionCookieEvents.Attach(cookie.Events);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = plainHttp ? "JobConnect.Antiforgery" : "__Host-JobConnect.Antiforgery";
            antiforgery.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.ConfigureExternalCookie(cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = plainHttp ? "JobConnect.TwoFactor" : "__Host-JobConnect.TwoFactor";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        new IdentityBuilder(typeof(ApplicationUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ScopedClaimsPrincipalFactory>();
        services.Configure<IdentityOptions>(o => o.Tokens.AuthenticatorIssuer = AuthenticatorEnrolment.Issuer);

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Security.AuditingAuthorizationResultHandler>();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<SignInFlow>();
        services.AddScoped<AuthenticatorEnrolment>();
        services.AddSingleton<AccountSignInLimiter>();
        services.AddSignInRateLimit(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Organizer, p => p.RequireRole(Roles.Organizer).RequireClaim("amr", SignInFlow.MultiFactorMethod))
            .AddPolicy(Roles.Caseworker, p => p.RequireRole(Roles.Caseworker).RequireClaim(ScopeClaims.AgencyId).RequireClaim("amr", SignInFlow.MultiFactorMethod))
            .AddPolicy(Roles.Employer, p => p.RequireRole(Roles.Employer).RequireClaim(ScopeClaims.EmployerId))
            .AddPolicy(Policies.CheckInDesk, p => p.RequireRole(Roles.Organizer, Roles.CheckIn).RequireClaim("amr", SignInFlow.MultiFactorMethod))
            .AddPolicy(AuditReaders, p => p.RequireRole(Roles.Organizer, Roles.Caseworker).RequireClaim("amr", SignInFlow.MultiFactorMethod))
            .AddPolicy(Policies.AgencyLead, p => p.RequireRole(Roles.Caseworker).RequireClaim(ScopeClaims.AgencyId).RequireClaim(ScopeClaims.AgencyLead, "true")
                .RequireClaim("amr", SignInFlow.MultiFactorMethod))
            .AddPolicy(Policies.LetterTexts, p => p.RequireAssertion(c => !SignInFlow.LacksRequiredSecondFactor(c.User) && (
                c.User.IsInRole(Roles.Organizer) || (c.User.IsInRole(Roles.Caseworker) && c.User.HasClaim(ScopeClaims.AgencyLead, "true")))))
            .AddPolicy(Policies.ManageAccounts, p => p.RequireAssertion(c => !SignInFlow.LacksRequiredSecondFactor(c.User) && (
                c.User.IsInRole(Roles.Organizer)
                || (c.User.IsInRole(Roles.Caseworker) && c.User.HasClaim(ScopeClaims.AgencyLead, "true"))
                || (c.User.IsInRole(Roles.Employer) && c.User.HasClaim(x => x.Type == ScopeClaims.EmployerId)))));
        return services;
    }

    /// <summary>The per-address limit on posting the sign-in forms; the per-account one is <see cref="AccountSignInLimiter"/>.</summary>
    private static void AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(SignInLimitOptions.Section).Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInLimitOptions.AddressPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerAddress, Window = limits.Window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = ((int)limits.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "text/html; charset=utf-8";
                string encode(string name) => System.Net.WebUtility.HtmlEncode(l[name]);
                await response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>{encode("RateLimit.Title")} – JobConnect</title>" +
                    $"<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"account-card\"><h1 class=\"account-title\">{encode("RateLimit.Title")}</h1>" +
                    $"<p class=\"account-error\" role=\"alert\" data-testid=\"login-error\">{encode("Login.TooManyAttempts")}</p>" +
                    $"<a class=\"account-button\" href=\"/account/login\">{encode("Login.Title")}</a></main></body></html>", ct);
            };
        });
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

    /// <summary>Works the check-in desk: organizers and holders of the check-in right (<see cref="Roles.CheckIn"/>).</summary>
    public const string CheckInDesk = "CheckInDesk";
}
