using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Vertical space; dropped when it falls on a page break.</summary>
public sealed class Spacer(float mm) : Block
{
    public float HeightMm { get; } = mm;

    internal override BlockLayout Layout(float width, LayoutContext context) => new SpacerLayout(Units.Pt(HeightMm));
}

/// <summary>Starts a new page (unless the current one is still empty).</summary>
public sealed class PageBreak : Block
{
    internal override BlockLayout Layout(float width, LayoutContext context) => new PageBreakLayout();
}

internal sealed class SpacerLayout(float height) : BlockLayout
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
    }
}

internal sealed class PageBreakLayout : BlockLayout
{
    public override float Height => 0;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
    }
}
