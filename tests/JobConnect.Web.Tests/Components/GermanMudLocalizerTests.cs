using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using JobConnect.Web.Localization;
using MudBlazor;

namespace JobConnect.Web.Tests.Components;

/// <summary>MudBlazor's own texts (sort buttons, pager, "Close") follow the page's language.</summary>
public sealed class GermanMudLocalizerTests : ComponentTestContext
{
    private sealed record Row(string Name);

    /// <summary>The components the app uses; their texts must all be German on a German page.</summary>
    private static readonly string[] UsedComponents =
        ["MudAlert_", "MudChip_", "MudDialog_", "MudSnackbar_", "MudDataGrid_", "MudDataGridPager_", "MudTable_", "MudTablePager_",
         "MudInput_", "MudFormComponent_", "MudBaseDatePicker_", "MudTimePicker_", "MudSelect_", "MudPagination_", "MudNavGroup_", "MudFileUpload_"];

    public GermanMudLocalizerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void A_data_grid_on_a_German_page_offers_sorting_and_column_options_in_German()
    {
        var grid = RenderGrid();

        Assert.Contains(grid.FindAll("button"), b => b.GetAttribute("aria-label") == "Sortieren");
        Assert.Contains(grid.FindAll("button"), b => b.GetAttribute("aria-label") == "Spaltenoptionen");
        Assert.DoesNotContain("Column options", grid.Markup, StringComparison.Ordinal);
        Assert.Contains("Zeilen pro Seite:", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_English_page_MudBlazor_keeps_its_own_English()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");

        var grid = RenderGrid();

        Assert.Contains(grid.FindAll("button"), b => b.GetAttribute("aria-label") == "Sort");
        Assert.Contains(grid.FindAll("button"), b => b.GetAttribute("aria-label") == "Column options");
    }

    [Fact]
    public void Every_text_of_the_components_we_use_is_translated_and_names_a_key_MudBlazor_has()
    {
        var mud = KeysOf(new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudLocalizer).Assembly));
        var german = KeysOf(new ResourceManager("JobConnect.Web.Resources.Localization.GermanMudLocalizer", typeof(GermanMudLocalizer).Assembly));

        Assert.Empty(german.Except(mud));
        Assert.Empty(mud.Where(k => UsedComponents.Any(c => k.StartsWith(c, StringComparison.Ordinal))).Except(german));
    }

    private IRenderedComponent<MudDataGrid<Row>> RenderGrid() =>
        Render<MudDataGrid<Row>>(p => p
            .Add(g => g.Items, [new Row("Kassel"), new Row("Baunatal")])
            .Add(g => g.SortMode, SortMode.Single)
            .Add(g => g.ShowColumnOptions, true)
            .Add(g => g.Columns, builder =>
            {
                builder.OpenComponent<PropertyColumn<Row, string>>(0);
                builder.AddAttribute(1, nameof(PropertyColumn<Row, string>.Property), (System.Linq.Expressions.Expression<Func<Row, string>>)(r => r.Name));
                builder.CloseComponent();
            })
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<Row>>(0);
                builder.CloseComponent();
            }));

    private static HashSet<string> KeysOf(ResourceManager resources) =>
        [.. resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
