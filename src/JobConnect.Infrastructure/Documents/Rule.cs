using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A horizontal line across the content width, with space above and below.</summary>
public sealed class Rule : Block
{
    public float ThicknessPt { get; init; } = 0.5f;
    public SKColor Color { get; init; } = SKColors.Gray;
    public float SpaceMm { get; init; } = 1.5f;

    internal override BlockLayout Layout(float width, LayoutContext context) =>
        new RuleLayout(width, Units.Pt(SpaceMm), context.Stroke(Color, ThicknessPt));
}

internal sealed class RuleLayout(float width, float space, SKPaint paint) : BlockLayout
{
    public override float Height => (2 * space) + paint.StrokeWidth;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var lineY = y + space + (paint.StrokeWidth / 2);
        canvas.DrawLine(x, lineY, x + width, lineY, paint);
    }
}
