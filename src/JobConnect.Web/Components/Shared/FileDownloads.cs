using JobConnect.Application.Common;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// Hands a file a use case built to the browser (wwwroot/js/download.js), the same way everywhere:
/// built off the circuit's thread, "nothing to hand out" and failures told to the user, details only
/// in the log. <see cref="DownloadButton"/> adds the busy state, progress and cancellation on leaving.
/// </summary>
public sealed class FileDownloads(IJSRuntime js, ISnackbar snackbar, IStringLocalizer<SharedResource> l, ILogger<FileDownloads> logger)
{
    /// <param name="build">Builds the file; null when there is nothing to hand out yet.</param>
    /// <param name="nothingText">Resource key of the message when <paramref name="build"/> returns null.</param>
    public async Task RunAsync(Func<CancellationToken, Task<FileContent?>> build, string nothingText, CancellationToken ct)
    {
        try
        {
            // The thread pool keeps the circuit responsive for this user and the server for everyone else.
            var file = await Task.Run(() => build(ct), ct);
            if (file is null)
            {
                snackbar.Add(l[nothingText], Severity.Info);
                return;
            }
            await SaveAsync(file);
        }
        catch (Exception e) when (e is OperationCanceledException or JSDisconnectedException)
        {
            // The page or the browser was left; nobody waits for the file.
        }
        catch (UseCaseException refusal)
        {
            snackbar.Add(l.Message(refusal), Severity.Warning);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building a download failed.");
            snackbar.Add(l["Documents.Failed"], Severity.Error);
        }
    }

    private async Task SaveAsync(FileContent file)
    {
        using var stream = new MemoryStream(file.Bytes);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("jobConnectDownload", file.Name, file.ContentType, reference);
    }
}
