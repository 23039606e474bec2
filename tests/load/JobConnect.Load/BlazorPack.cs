using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace JobConnect.Load;

/// <summary>
/// Blazor's hub protocol "blazorpack": the server's ComponentHub accepts only this name, and on the wire it is
/// SignalR's MessagePack hub protocol (version 1) — the server's own BlazorPackHubProtocol is an internal copy of
/// it. So the client speaks MessagePack under Blazor's name, as blazor.web.js does.
/// </summary>
public sealed class BlazorPack : IHubProtocol
{
    private readonly MessagePackHubProtocol _messagePack = new();

    public string Name => "blazorpack";
    public int Version => 1;
    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => version == Version;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, out HubMessage message)
    {
        var parsed = _messagePack.TryParseMessage(ref input, binder, out var result);
        message = result!;
        return parsed;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);
}
