using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// An encoded image (PNG, JPEG, …) at a width in millimetres, keeping its aspect ratio unless a height is given.
/// Skia embeds JPEG data as it is; other formats are embedded losslessly.
/// </summary>
public sealed class ImageBlock(byte[] encoded, float widthMm) : Block
{
    public byte[] Encoded { get; } = encoded;
    public float WidthMm { get; } = widthMm;
    public float? HeightMm { get; init; }
    public HorizontalAlign Align { get; init; }

    internal override BlockLayout Layout(float width, LayoutContext context)
    {
        var image = context.Own(SKImage.FromEncodedData(Encoded) ?? throw new ArgumentException("The image data cannot be decoded."));
        var drawWidth = Math.Min(Units.Pt(WidthMm), width);
        var drawHeight = HeightMm is { } mm ? Units.Pt(mm) : drawWidth * image.Height / image.Width;
        return new ImageLayout(image, drawWidth, drawHeight, Offset(Align, width, drawWidth));
    }

    internal static float Offset(HorizontalAlign align, float available, float used) => align switch
    {
        HorizontalAlign.Center => (available - used) / 2,
        HorizontalAlign.Right => available - used,
        _ => 0,
    };
}

internal sealed class ImageLayout(SKImage image, float width, float height, float offset) : BlockLayout
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float y) =>
        canvas.DrawImage(image, SKRect.Create(x + offset, y, width, height), new SKSamplingOptions(SKFilterMode.Linear));
}
