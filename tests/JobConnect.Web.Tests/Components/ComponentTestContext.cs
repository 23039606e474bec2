using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using JobConnect.Web.Components.Shared;
using MudBlazor.Services;

namespace JobConnect.Web.Tests.Components;

/// <summary>bunit context with MudBlazor, the app's real resources and the German culture.</summary>
public abstract class ComponentTestContext : BunitContext
{
    protected BunitAuthorizationContext Authorization { get; }

    protected ComponentTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddTransient<MudLocalizer, JobConnect.Web.Localization.GermanMudLocalizer>();
        // Every component gets the signed-in user's scope injected (_Imports.razor); tests sign in through Authorization.
        Authorization = AddAuthorization();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<FileDownloads>();
    }
}
