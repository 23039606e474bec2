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
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
