using System.Buffers.Binary;
using System.Text;

namespace JobConnect.Load;

/// <summary>
/// Reads the little the protocol-level client needs from a render batch, in the format blazor.web.js reads
/// (OutOfProcessRenderBatch): the batch ends with five int32 offsets — updated components, reference frames,
/// disposed component ids, disposed event handler ids, string table; a frame is 20 bytes (type at 0; an element's
/// name at 8; an attribute's name at 4, its event handler id, uint64, at 12); strings are LEB128-length-prefixed UTF-8.
/// </summary>
public static class RenderBatchReader
{
    private const int ElementFrame = 1, AttributeFrame = 3, FrameLength = 20;

    /// <summary>The click handlers of table rows (<c>tr</c> with <c>onclick</c>), in render order — the order of the rows on the page.</summary>
    public static IEnumerable<ulong> RowClickHandlers(byte[] batch)
    {
        var frames = Int(batch, batch.Length - 16);
        var count = Int(batch, frames);
        for (var i = 0; i < count; i++)
        {
            var frame = frames + 4 + FrameLength * i;
            if (Int(batch, frame) != ElementFrame || String(batch, Int(batch, frame + 8)) != "tr")
            {
                continue;
            }
            for (var attribute = frame + FrameLength; attribute < frames + 4 + FrameLength * count && Int(batch, attribute) == AttributeFrame; attribute += FrameLength)
            {
                if (String(batch, Int(batch, attribute + 4)) == "onclick")
                {
                    yield return BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(attribute + 12));
                    break;
                }
            }
        }
    }

    private static int Int(byte[] batch, int at) => BinaryPrimitives.ReadInt32LittleEndian(batch.AsSpan(at));

    private static string? String(byte[] batch, int index)
    {
        if (index < 0)
        {
            return null;
        }
        var at = Int(batch, Int(batch, batch.Length - 4) + 4 * index);
        var (length, shift) = (0, 0);
        while (true)
        {
            var b = batch[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
            shift += 7;
        }
        return Encoding.UTF8.GetString(batch, at, length);
    }
}
