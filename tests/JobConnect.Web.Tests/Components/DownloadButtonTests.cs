using System.Security.Claims;
using Bunit;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Identity;
using JobConnect.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobConnect.Web.Tests.Components;

/// <summary>The one download building block: file to the browser, busy while building, messages, cancellation on leaving.</summary>
public sealed class DownloadButtonTests : ComponentTestContext
{
    private static readonly FileContent Pdf = new("gesamtplan.pdf", FileContent.Pdf, [1, 2, 3]);

    public DownloadButtonTests() =>
        Authorization.SetAuthorized("Organisation").SetRoles(Roles.Organizer).SetClaims(new Claim(ClaimTypes.NameIdentifier, "org-1"));

    private IRenderedComponent<DownloadButton> Button(Func<UserScope, IProgress<DocumentProgress>, CancellationToken, Task<FileContent?>> file) =>
        Render<DownloadButton>(p => p.Add(x => x.File, file).AddChildContent("Gesamtplan").AddUnmatched("data-testid", "doc-master"));

    private IEnumerable<string> Messages => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    [Fact]
    public async Task The_file_is_built_in_the_users_scope_and_handed_to_the_browser_under_its_name()
    {
        UserScope? seen = null;
        var button = Button((scope, _, _) =>
        {
            seen = scope;
            return Task.FromResult<FileContent?>(Pdf);
        });

        await button.Find("[data-testid=doc-master]").ClickAsync(new());

        Assert.Equal(new UserScope("org-1", Roles.Organizer, null, null), seen);
        var call = JSInterop.VerifyInvoke("jobConnectDownload");
        Assert.Equal(["gesamtplan.pdf", FileContent.Pdf], call.Arguments.Take(2));
        Assert.Empty(Messages);
    }

    [Fact]
    public async Task While_the_file_is_built_the_button_is_off_and_then_on_again()
    {
        var release = new TaskCompletionSource<FileContent?>();
        var button = Button((_, _, _) => release.Task);

        var click = button.Find("button").ClickAsync(new());
        Assert.True(button.Find("button").HasAttribute("disabled"));
        release.SetResult(Pdf);
        await click;

        Assert.False(button.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Nothing_to_hand_out_yet_is_said_and_nothing_is_downloaded()
    {
        var button = Button((_, _, _) => Task.FromResult<FileContent?>(null));

        await button.Find("button").ClickAsync(new());

        Assert.Equal(["Dazu gibt es noch nichts zu drucken."], Messages);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "jobConnectDownload");
    }

    [Fact]
    public async Task A_refusal_is_named_and_a_failure_is_told_without_its_details()
    {
        await Button((_, _, _) => throw new NotFoundException("Vacancy 7")).Find("button").ClickAsync(new());
        await Button((_, _, _) => throw new InvalidOperationException("disk full at /srv/secret")).Find("button").ClickAsync(new());

        var messages = Messages.ToList();
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("Nicht gefunden", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("Das Dokument konnte nicht erstellt werden", messages[1], StringComparison.Ordinal);
        Assert.DoesNotContain(messages, m => m.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaving_the_page_stops_a_file_still_being_built()
    {
        CancellationToken building = default;
        var started = new TaskCompletionSource();
        var button = Button(async (_, _, ct) =>
        {
            building = ct;
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return Pdf;
        });

        var click = button.Find("button").ClickAsync(new());
        await started.Task;
        await DisposeComponentsAsync();
        await click;

        Assert.True(building.IsCancellationRequested);
        Assert.Empty(Messages);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "jobConnectDownload");
    }
}
