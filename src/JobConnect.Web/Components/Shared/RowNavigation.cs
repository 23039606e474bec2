using Microsoft.AspNetCore.Components;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// A table row's click that only leads to another page. An ordinary handler of the page re-renders the page
/// after it ran — the whole table, about 800 component parameter sets on the matching overview — just before
/// the page is left; a callback with this receiver navigates and renders nothing (docs/performance.md, issue 17).
/// </summary>
public static class RowNavigation
{
    public static EventCallback<TArgs> To<TArgs>(NavigationManager navigation, Func<TArgs, string> address) =>
        EventCallback.Factory.Create<TArgs>(NoRender.Instance, (TArgs args) => navigation.NavigateTo(address(args)));

    private sealed class NoRender : IHandleEvent
    {
        public static readonly NoRender Instance = new();

        public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
    }
}
