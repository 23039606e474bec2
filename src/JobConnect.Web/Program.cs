using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using JobConnect.Web;
using JobConnect.Web.Account;
using JobConnect.Web.Components;
using JobConnect.Web.Diagnostics;
using JobConnect.Web.Export;
using JobConnect.Web.Invitee;
using JobConnect.Web.Security;
using JobConnect.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Localization;
using FluentValidation;
using MudBlazor;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Outside Development the build output would answer 500 for /_content/... without this.
builder.WebHost.UseStaticWebAssets();
// No "Server: Kestrel" header telling a scanner what to try (ASVS V13.4).
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddTransient<MudLocalizer, JobConnect.Web.Localization.GermanMudLocalizer>();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
// Pre-rendered HTML would otherwise encode umlauts as entities.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddJobConnect(builder.Configuration);
builder.Services.AddJobConnectAuthentication(builder.Configuration, builder.Environment.IsDevelopment());
builder.Services.AddKnownProxies(builder.Configuration);
builder.Services.AddHsts(hsts =>
{
    hsts.MaxAge = TimeSpan.FromDays(365);
    hsts.IncludeSubDomains = true;
});
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddScoped<VacancyExport>();
builder.Services.AddPersonalPage(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<JobConnect.Infrastructure.Data.DatabaseReadyCheck>("database", tags: [JobConnect.Infrastructure.Data.DatabaseReadyCheck.Tag]);
builder.Services.AddScoped<JobConnect.Web.Components.Shared.CurrentUser>();
builder.Services.AddScoped<JobConnect.Web.Components.Shared.FileDownloads>();
// Off unless Diagnostics:BlazorMetricsLog names a file (load runs, docs/performance.md).
builder.Services.AddBlazorMetricsLog(builder.Configuration);

var app = builder.Build();

if (OperatorCommands.IsCommand(args))
{
    return await OperatorCommands.RunAsync(app.Services, args);
}

// First, so the scheme and client address of a known TLS-terminating proxy count everywhere below.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UsePersonalPageHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

var cultures = new[] { new CultureInfo("de-DE"), new CultureInfo("en") };
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("de-DE"),
    SupportedCultures = cultures,
    SupportedUICultures = cultures,
});

app.UseAuthentication();
app.UseTwoFactorEnrolment();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
// Live: the process answers (no database). Ready: database reachable, migrations applied.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(JobConnect.Infrastructure.Data.DatabaseReadyCheck.Tag) }).AllowAnonymous();
app.MapVacancyExport();
app.MapPersonalPage();

await DatabaseInitializer.RunAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
