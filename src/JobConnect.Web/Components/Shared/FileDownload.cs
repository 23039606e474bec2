using Microsoft.JSInterop;

namespace JobConnect.Web.Components.Shared;

/// <summary>Hands a file built in the circuit to the browser as a download (wwwroot/js/download.js).</summary>
public static class FileDownload
{
    public const string Csv = "text/csv;charset=utf-8";
    public const string Json = "application/json;charset=utf-8";
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";

    public static async Task DownloadAsync(this IJSRuntime js, string fileName, string contentType, byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("jobConnectDownload", fileName, contentType, reference);
    }
}
