using Bunit;
using JobConnect.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Web.Tests.Components;

/// <summary>A row click that leads away navigates without rendering the page it leaves once more (issue 17: server cost).</summary>
public sealed class RowNavigationTests : ComponentTestContext
{
    [Fact]
    public void A_row_click_navigates_and_the_page_does_not_render_again()
    {
        var page = Render<Rows>();
        var renders = page.RenderCount;

        page.Find("tr").Click();

        Assert.EndsWith("/items/7", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal(renders, page.RenderCount);
    }

    [Fact]
    public void An_ordinary_handler_of_the_page_renders_it_again()
    {
        // The contrast the cut is about: the same navigation as the page's own handler costs a render of the page.
        var page = Render<Rows>(p => p.Add(x => x.Ordinary, true));
        var renders = page.RenderCount;

        page.Find("tr").Click();

        Assert.EndsWith("/items/7", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal(renders + 1, page.RenderCount);
    }

    private sealed class Rows : ComponentBase
    {
        [Inject] private NavigationManager Navigation { get; set; } = null!;

        [Parameter] public bool Ordinary { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "tr");
            builder.AddAttribute(1, "onclick", Ordinary
                ? EventCallback.Factory.Create<MouseEventArgs>(this, _ => Navigation.NavigateTo("items/7"))
                : RowNavigation.To<MouseEventArgs>(Navigation, _ => "items/7"));
            builder.CloseElement();
        }
    }
}
