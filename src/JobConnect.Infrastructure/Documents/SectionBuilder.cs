using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// One run of pages with the same page setup, header and footer: a report, or one letter in a
/// mail merge. Page numbers count within the section. Positions and sizes are in millimetres.
/// </summary>
public sealed class SectionBuilder
{
    private readonly List<Block> _blocks = [];
    private readonly List<Placement> _placements = [];

    internal SectionBuilder(PageSetup page) => Page = page;

    public PageSetup Page { get; }

    internal IReadOnlyList<Block> Blocks => _blocks;
    internal IReadOnlyList<Placement> Placements => _placements;
    internal Func<PageInfo, Block?>? HeaderFactory { get; private set; }
    internal Func<PageInfo, Block?>? FooterFactory { get; private set; }
    internal float? FirstPageTopMm { get; private set; }

    /// <summary>Header above the content on every page; return null for pages without one.</summary>
    public SectionBuilder Header(Func<PageInfo, Block?> header)
    {
        HeaderFactory = header;
        return this;
    }

    /// <summary>Footer below the content on every page, e.g. <c>p => new Paragraph(p.Label, align: TextAlign.Right)</c>.</summary>
    public SectionBuilder Footer(Func<PageInfo, Block?> footer)
    {
        FooterFactory = footer;
        return this;
    }

    /// <summary>Where the flowing content starts on the first page, from the top edge (letters: below the address field).</summary>
    public SectionBuilder FirstPageContentTop(float mm)
    {
        FirstPageTopMm = mm;
        return this;
    }

    public SectionBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    public SectionBuilder Heading(string text, int level = 1) => Add(Documents.Paragraph.Heading(text, level));

    /// <summary>A paragraph followed by 2 mm of space.</summary>
    public SectionBuilder Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left) =>
        Add(new Documents.Paragraph(text, style, align) { SpaceAfterMm = 2 });

    /// <summary>A paragraph of mixed styles followed by 2 mm of space.</summary>
    public SectionBuilder Paragraph(params TextSpan[] spans) => Add(new Documents.Paragraph(spans) { SpaceAfterMm = 2 });

    public SectionBuilder Spacing(float mm) => Add(new Spacer(mm));

    public SectionBuilder PageBreak() => Add(new PageBreak());

    /// <summary>Places a block on the first page at an absolute position from the page's top-left corner, outside the flow.</summary>
    public SectionBuilder Place(float xMm, float yMm, float widthMm, Block block)
    {
        _placements.Add(new Placement(xMm, yMm, widthMm, block, null));
        return this;
    }

    /// <summary>Draws a line on the first page between two absolute points (fold marks, signature lines).</summary>
    public SectionBuilder PlaceLine(float x1Mm, float y1Mm, float x2Mm, float y2Mm, float thicknessPt = 0.5f)
    {
        _placements.Add(new Placement(x1Mm, y1Mm, 0, null, new Line(x2Mm, y2Mm, thicknessPt)));
        return this;
    }

    internal sealed record Line(float X2Mm, float Y2Mm, float ThicknessPt);

    internal sealed record Placement(float XMm, float YMm, float WidthMm, Block? Block, Line? Line)
    {
        public void Draw(SKCanvas canvas, LayoutContext context)
        {
            if (Block is not null)
            {
                Block.Layout(Units.Pt(WidthMm), context).Draw(canvas, Units.Pt(XMm), Units.Pt(YMm));
            }

            if (Line is not null)
            {
                canvas.DrawLine(Units.Pt(XMm), Units.Pt(YMm), Units.Pt(Line.X2Mm), Units.Pt(Line.Y2Mm), context.Stroke(SKColors.Black, Line.ThicknessPt));
            }
        }
    }
}
