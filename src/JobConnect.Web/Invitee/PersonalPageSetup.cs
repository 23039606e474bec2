using System.Threading.RateLimiting;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace JobConnect.Web.Invitee;

/// <summary>Requests per address and window to the personal pages (<c>/e/…</c>), configuration section <c>PersonalPageLimits</c>.</summary>
public sealed class PersonalPageLimitOptions
{
    public const string Section = "PersonalPageLimits";
    public const string Policy = "personal-page";

    /// <summary>Generous for a family or a mobile network sharing one address; far too few to guess a 79-bit token.</summary>
    public int PermitsPerAddress { get; set; } = 30;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The invited person's page without an account (<see cref="PersonalLinks"/>): rate-limited per address,
/// never indexed (X-Robots-Tag on every answer under <c>/e/</c>, a robots meta tag in the page), and the
/// plan as a calendar file.
/// </summary>
public static class PersonalPageSetup
{
    public static IServiceCollection AddPersonalPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersonalPageLimitOptions>(configuration.GetSection(PersonalPageLimitOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy<string, PersonalPageRateLimit>(PersonalPageLimitOptions.Policy));
        services.AddHttpContextAccessor();
        // Links in letters printed from a page use the address the user works under when none is configured.
        services.AddScoped<IAppAddress, WebAppAddress>();
        return services;
    }

    public static IApplicationBuilder UsePersonalPageHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(PersonalLinks.PathPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow, noarchive";
                    return Task.CompletedTask;
                });
            }
            await next();
        });

    /// <summary>GET /e/{token}/kalender.ics: the personal plan as an iCalendar file; 404 when the link is not valid.</summary>
    public static IEndpointRouteBuilder MapPersonalPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(PersonalLinks.PathPrefix + "{token}/" + CalendarFile, async (string token, Application.Features.PersonalPage.PersonalPage page, CancellationToken ct) =>
                await page.CalendarAsync(token, ct) is { } file ? Results.File(file.Bytes, file.ContentType, file.Name) : Results.NotFound())
            .AllowAnonymous()
            .RequireRateLimiting(PersonalPageLimitOptions.Policy);
        return app;
    }

    public const string CalendarFile = "kalender.ics";
}

/// <summary>Per client address, every method; a rejected request gets a short page in the person's language.</summary>
internal sealed class PersonalPageRateLimit(IOptions<PersonalPageLimitOptions> options) : IRateLimiterPolicy<string>
{
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitsPerAddress, Window = options.Value.Window, QueueLimit = 0 });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)options.Value.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        string encode(string name) => System.Net.WebUtility.HtmlEncode(l[name]);
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">" +
            $"<meta name=\"robots\" content=\"noindex, nofollow\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">" +
            $"<title>{encode("RateLimit.Title")} – JobConnect</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"account-card\">" +
            $"<h1 class=\"account-title\">{encode("RateLimit.Title")}</h1><p class=\"account-error\" role=\"alert\">{encode("PersonalPage.TooMany")}</p></main></body></html>", ct);
    };
}

/// <summary>
/// The configured public address first; else the address of the circuit or request the user works under;
/// null in a background run without configuration.
/// </summary>
internal sealed class WebAppAddress(IOptions<AccountLinkOptions> options, NavigationManager navigation, IHttpContextAccessor http) : IAppAddress
{
    public string? BaseAddress
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseAddress))
            {
                return options.Value.PublicBaseAddress.TrimEnd('/');
            }
            try
            {
                return navigation.BaseUri.TrimEnd('/');
            }
            catch (InvalidOperationException)
            {
                // Not in a circuit (static page, background service): the request, if any.
            }
            return http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null;
        }
    }
}
