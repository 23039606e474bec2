using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Load;

/// <summary>
/// One Blazor Server circuit driven without a browser: what blazor.web.js (ASP.NET Core 10) does for a tab of a
/// Blazor Web App, at the protocol level. GET the page (prerendered, with its root components' markers and the
/// persisted state), connect to <c>/_blazor</c> with "blazorpack", <c>StartCircuit</c> with no components, then
/// <c>UpdateRootComponents</c> adding the page's markers; every <c>JS.RenderBatch</c> is acknowledged with
/// <c>OnRenderCompleted</c>, every JS interop call answered (<see cref="JsAnswers"/>). A link click is what the JS
/// router sends for it: <c>OnLocationChanged(uri, state, intercepted)</c>; a click on an element with a handler is
/// what the browser's event delegation sends (<see cref="ClickAsync"/>). The render batches are not applied
/// to a DOM: a change counts as rendered when a batch arrives whose bytes hold a text only the new page's
/// loaded state renders (its strings are UTF-8 in the batch's string table).
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly Uri _baseAddress;
    private readonly CookieContainer _cookies;
    private readonly Lock _gate = new();
    private Expectation? _expected;
    private string? _circuitSecret;
    private long _rendererInterop = -1;
    private long _nextCallId;

    /// <summary>Render batches and their bytes, JS calls answered and errors, over all circuits of the run.</summary>
    private static long s_batches, s_batchBytes;
    public static long Batches => Interlocked.Read(ref s_batches);
    public static long BatchBytes => Interlocked.Read(ref s_batchBytes);
    public static readonly ConcurrentDictionary<string, int> JsCalls = new();
    public static int JsCallCount => JsCalls.Values.Sum();
    public static readonly ConcurrentQueue<string> Errors = new();

    private sealed record Expectation(Regex Shows, List<byte[]> Seen, TaskCompletionSource<(long At, IReadOnlyList<byte[]> Batches)> Done);

    private BlazorCircuit(Uri baseAddress, CookieContainer cookies)
    {
        _baseAddress = baseAddress;
        _cookies = cookies;
        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "_blazor"), options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
        });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPack());
        _hub = builder.Build();
        _hub.On("JS.RenderBatch", [typeof(long), typeof(byte[])], (args, _) => OnRenderBatchAsync((long)args[0]!, (byte[])args[1]!), this);
        // .NET 10 sends (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            (args, _) => OnBeginInvokeJSAsync((long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!), this);
        _hub.On("JS.Error", [typeof(string)], (args, _) => Fail($"JS.Error: {args[0]}"), this);
        _hub.Closed += e => e is null ? Task.CompletedTask : Fail($"connection closed: {e.Message}");
    }

    /// <summary>Opens the page as a tab does and waits until the interactive render shows <paramref name="shows"/>.</summary>
    public static async Task<BlazorCircuit> OpenAsync(Uri baseAddress, CookieContainer cookies, string path, Regex shows, TimeSpan timeout)
    {
        using var client = HttpSignIn.Client(baseAddress, cookies);
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /{path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        var html = await response.Content.ReadAsStringAsync();
        var state = ServerState().Match(html).Groups[1].Value;
        var operations = new JsonArray();
        foreach (Match marker in ComponentMarker().Matches(html))
        {
            var descriptor = JsonNode.Parse(marker.Groups[1].Value)!.AsObject();
            if (descriptor["descriptor"] is null)
            {
                continue; // a prerendered component's end marker
            }
            descriptor["uniqueId"] = operations.Count;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = operations.Count + 1, ["marker"] = descriptor });
        }
        if (operations.Count == 0)
        {
            throw new InvalidOperationException($"/{path} has no interactive root component markers.");
        }

        var circuit = new BlazorCircuit(baseAddress, cookies);
        await circuit._hub.StartAsync();
        circuit._circuitSecret = await circuit._hub.InvokeAsync<string?>("StartCircuit", baseAddress.ToString(), new Uri(baseAddress, path).ToString(), "[]", state)
            ?? throw new InvalidOperationException("StartCircuit refused.");
        var shown = circuit.Expect(shows);
        await circuit._hub.SendAsync("UpdateRootComponents", new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(), state);
        await shown.WaitAsync(timeout);
        return circuit;
    }

    /// <summary>
    /// A link click inside the app: the JS router pushes the history entry and sends <c>OnLocationChanged</c>.
    /// Returns the milliseconds until a render batch showed <paramref name="shows"/>, and the batches until then.
    /// </summary>
    public Task<(double Ms, IReadOnlyList<byte[]> Batches)> NavigateAsync(string path, Regex shows, TimeSpan timeout) =>
        TimeAsync(shows, timeout, () => _hub.SendAsync("OnLocationChanged", new Uri(_baseAddress, path).ToString(), null, true));

    /// <summary>
    /// A click on an element with a click handler (from a render batch), as the browser's event delegation sends
    /// it: <c>DispatchEventAsync</c> on the renderer's .NET object through <c>BeginInvokeDotNetFromJS</c>.
    /// </summary>
    public Task<(double Ms, IReadOnlyList<byte[]> Batches)> ClickAsync(ulong eventHandlerId, Regex shows, TimeSpan timeout)
    {
        var args = string.Create(CultureInfo.InvariantCulture,
            $$"""[{"eventHandlerId":{{eventHandlerId}},"eventName":"click","eventFieldInfo":null},{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}]""");
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        return TimeAsync(shows, timeout, () => _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, args));
    }

    private async Task<(double Ms, IReadOnlyList<byte[]> Batches)> TimeAsync(Regex shows, TimeSpan timeout, Func<Task> send)
    {
        var shown = Expect(shows);
        var start = Stopwatch.GetTimestamp();
        await send();
        var (at, batches) = await shown.WaitAsync(timeout);
        return (Stopwatch.GetElapsedTime(start, at).TotalMilliseconds, batches);
    }

    /// <summary>The batches as text for ASCII patterns: Latin-1 keeps every byte one char, so they match the batches' UTF-8 strings.</summary>
    public static string Text(IEnumerable<byte[]> batches) => string.Concat(batches.Select(Encoding.Latin1.GetString));

    private Task<(long At, IReadOnlyList<byte[]> Batches)> Expect(Regex shows)
    {
        var expectation = new Expectation(shows, [], new TaskCompletionSource<(long, IReadOnlyList<byte[]>)>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _expected?.Done.TrySetCanceled();
            _expected = expectation;
        }
        return expectation.Done.Task;
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref s_batches);
        Interlocked.Add(ref s_batchBytes, batch.Length);
        lock (_gate)
        {
            if (_expected is { } expected)
            {
                expected.Seen.Add(batch);
                if (expected.Shows.IsMatch(Text([batch])))
                {
                    _expected = null;
                    expected.Done.TrySetResult((at, expected.Seen));
                }
            }
        }
        await _hub.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string? argsJson, int resultType)
    {
        JsCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        if (asyncHandle != 0)
        {
            var result = JsAnswers.For(identifier, resultType);
            await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, string.Create(CultureInfo.InvariantCulture, $"[{asyncHandle},true,{result}]"));
        }
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                // (rendererId, the renderer's .NET object for events, ...): browser events go to that object.
                _rendererInterop = JsonNode.Parse(argsJson!)![1]!["__dotNetObject"]!.GetValue<long>();
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                // NavigateTo on the server (a row click's handler): the JS router navigates and reports it back.
                var args = JsonNode.Parse(argsJson!)!;
                await _hub.SendAsync("OnLocationChanged", new Uri(_baseAddress, args[0]!.GetValue<string>()).ToString(),
                    args[1]?["historyEntryState"]?.GetValue<string>(), false);
                break;
        }
    }

    private Task Fail(string error)
    {
        Errors.Enqueue(error);
        lock (_gate)
        {
            _expected?.Done.TrySetException(new InvalidOperationException(error));
            _expected = null;
        }
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection and, as the page's unload beacon does, lets the server drop the circuit at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        if (_circuitSecret is not null)
        {
            using var client = HttpSignIn.Client(_baseAddress, _cookies);
            using var _ = await client.PostAsync("_blazor/disconnect", new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = _circuitSecret }));
        }
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->")]
    private static partial Regex ComponentMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex ServerState();
}

/// <summary>
/// What the browser would answer to the JS interop calls the pages make (MudBlazor's and the app's): values for
/// the calls whose answer .NET reads (a 1366 × 900 window, as the Chromium client's viewport), a fresh id for
/// object references, null — a void call's answer — for the rest (connecting listeners, focusing, titles).
/// </summary>
public static class JsAnswers
{
    private const int JSObjectReference = 1; // JSCallResultType
    private static long s_nextObjectId;

    private static readonly Dictionary<string, string> Known = new()
    {
        ["mudpopoverHelper.countProviders"] = "1",
        ["window.hasOwnProperty"] = "true",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":900,"width":1366}""",
        ["mudElementRef.getBoundingClientRect"] = """{"top":0,"left":0,"width":300,"height":40,"bottom":40,"right":300,"x":0,"y":0,"windowHeight":900,"windowWidth":1366,"scrollX":0,"scrollY":0}""",
    };

    public static string For(string identifier, int resultType) => resultType == JSObjectReference
        ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref s_nextObjectId)}}}"
        : Known.GetValueOrDefault(identifier, "null");
}
