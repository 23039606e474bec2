using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using JobConnect.Web;
using JobConnect.Web.Account;
using JobConnect.Web.Components;
using JobConnect.Web.Export;
using JobConnect.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Localization;
using FluentValidation;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Outside Development the build output would answer 500 for /_content/... without this.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
// Pre-rendered HTML would otherwise encode umlauts as entities.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddJobConnect(builder.Configuration);
builder.Services.AddJobConnectAuthentication();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddScoped<VacancyExport>();
builder.Services.AddScoped<JobConnect.Web.Components.Shared.CurrentUser>();
builder.Services.AddScoped<JobConnect.Web.Components.Shared.FileDownloads>();

var app = builder.Build();

if (OperatorCommands.IsCommand(args))
{
    return await OperatorCommands.RunAsync(app.Services, args);
}

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
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapVacancyExport();

await DatabaseInitializer.RunAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
