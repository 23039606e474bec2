using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace JobConnect.Web.Localization;

/// <summary>
/// The texts MudBlazor renders itself — the data grid's "Sort" and "Column options" buttons, the pager,
/// "Close" on alerts and snackbars, a required field's message — in German when the page is German
/// (Resources/Localization/GermanMudLocalizer.resx). In English, and for any key not translated there,
/// MudBlazor keeps its own English texts.
/// </summary>
public sealed class GermanMudLocalizer(IStringLocalizer<GermanMudLocalizer> german) : MudLocalizer
{
    public override LocalizedString this[string key] =>
        IsGerman ? german[key] : NotFound(key);

    public override LocalizedString this[string key, params object[] arguments] =>
        IsGerman ? german[key, arguments] : NotFound(key);

    private static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    private static LocalizedString NotFound(string key) => new(key, key, resourceNotFound: true);
}
