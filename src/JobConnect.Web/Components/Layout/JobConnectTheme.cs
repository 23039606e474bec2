using MudBlazor;

namespace JobConnect.Web.Components.Layout;

/// <summary>One theme for all pages; contrast ratios meet WCAG 2.1 AA on white.</summary>
public static class JobConnectTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#00796b",
            AppbarBackground = "#1d4f91",
            Background = "#f6f7f9",
            // MudBlazor's defaults fall below WCAG AA contrast (4.5:1) with white text on chips and buttons, and as
            // text on our light background (info alerts, secondary text): the same hues, darker.
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84a00",
            Error = "#c62828",
            TextSecondary = "rgba(0,0,0,0.7)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
