using Bunit;
using JobConnect.Application.Access;
using JobConnect.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace JobConnect.Web.Tests.Components;

/// <summary>The layout's error boundary: a refusal is named, anything else is "that did not work" without details.</summary>
public sealed class PageErrorBoundaryTests : ComponentTestContext
{
    private sealed class FailingPage : ComponentBase
    {
        [Parameter, EditorRequired]
        public required Exception Error { get; set; }

        protected override void OnInitialized() => throw Error;
    }

    private IRenderedComponent<PageErrorBoundary> PageThatThrows(Exception error) =>
        Render<PageErrorBoundary>(p => p.AddChildContent<FailingPage>(c => c.Add(x => x.Error, error)));

    [Fact]
    public void A_refusal_from_a_use_case_is_shown_in_the_users_words()
    {
        var page = PageThatThrows(new AccessDeniedException("Only organizers may do this."));

        Assert.Equal("Diese Aktion ist für Ihre Rolle nicht erlaubt.", page.Find("[data-testid=page-error]").TextContent.Trim());
    }

    [Fact]
    public void Any_other_failure_says_it_did_not_work_without_its_details()
    {
        var page = PageThatThrows(new InvalidOperationException("connection string Password=secret"));

        var text = page.Find("[data-testid=page-error]").TextContent;
        Assert.StartsWith("Das hat nicht geklappt.", text.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_failure_the_page_shows_as_it_is()
    {
        var page = Render<PageErrorBoundary>(p => p.AddChildContent("<h1>Start</h1>"));

        Assert.Empty(page.FindAll("[data-testid=page-error]"));
        Assert.Contains("<h1>Start</h1>", page.Markup, StringComparison.Ordinal);
    }
}
