using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Word-wrapped text of one or more styled spans; "\n" breaks the line. Spacing is in millimetres.</summary>
public sealed class Paragraph : Block
{
    public Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left)
        : this([new TextSpan(text, style ?? TextStyle.Body)], align)
    {
    }

    public Paragraph(IEnumerable<TextSpan> spans, TextAlign align = TextAlign.Left)
    {
        Spans = [.. spans];
        Align = align;
    }

    public IReadOnlyList<TextSpan> Spans { get; }
    public TextAlign Align { get; }
    public float SpaceBeforeMm { get; init; }
    public float SpaceAfterMm { get; init; }

    /// <summary>
    /// Arabic reading order: lines start at the right, alignments are mirrored (Left means "where reading
    /// starts"), and Latin words and numbers inside stay left to right (<see cref="BidiLayouter"/>).
    /// </summary>
    public bool RightToLeft { get; init; }

    /// <summary>Moves to the next page together with the start of the following block (headings).</summary>
    public bool KeepWithNext { get; init; }

    public static Paragraph Heading(string text, int level = 1) => new(text, TextStyle.Heading(level))
    {
        SpaceBeforeMm = level == 1 ? 2 : 3,
        SpaceAfterMm = 2,
        KeepWithNext = true,
    };

    internal override BlockLayout Layout(float width, LayoutContext context) =>
        new ParagraphLayout(BidiLayouter.Needs(Spans, RightToLeft)
                ? BidiLayouter.Wrap(Spans, Align, width, RightToLeft, context)
                : TextLayouter.Wrap(Spans, Align, width, context),
            Units.Pt(SpaceBeforeMm), Units.Pt(SpaceAfterMm), KeepWithNext);
}

/// <summary>A piece of a line; with a <see cref="Shaper"/> it is drawn shaped (Arabic), else glyph by glyph.</summary>
internal sealed record TextRun(string Text, SKFont Font, SKPaint Paint, float X, SKShaper? Shaper = null);

internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Height, float Baseline);

internal sealed class ParagraphLayout(IReadOnlyList<TextLine> lines, float spaceBefore, float spaceAfter, bool keepWithNext) : BlockLayout
{
    public override float Height { get; } = spaceBefore + lines.Sum(l => l.Height) + spaceAfter;

    public override float MinHeadHeight => spaceBefore + lines.Take(lines.Count >= 4 ? 2 : lines.Count).Sum(l => l.Height);

    public override bool KeepWithNext => keepWithNext;

    public IReadOnlyList<TextLine> Lines => lines;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var top = y + spaceBefore;
        foreach (var line in lines)
        {
            foreach (var run in line.Runs)
            {
                if (run.Shaper is { } shaper)
                {
                    canvas.DrawShapedText(shaper, run.Text, x + run.X, top + line.Baseline, SKTextAlign.Left, run.Font, run.Paint);
                }
                else
                {
                    canvas.DrawText(run.Text, x + run.X, top + line.Baseline, run.Font, run.Paint);
                }
            }

            top += line.Height;
        }
    }

    public override (BlockLayout Head, BlockLayout? Tail)? Split(float available)
    {
        var fit = 0;
        var used = spaceBefore;
        while (fit < lines.Count && used + lines[fit].Height <= available)
        {
            used += lines[fit].Height;
            fit++;
        }

        if (fit == lines.Count)
        {
            return (new ParagraphLayout(lines, spaceBefore, 0, false), null);
        }

        // No single orphan line at the bottom or widow at the top when the paragraph is long enough.
        if (lines.Count >= 4)
        {
            fit = Math.Min(fit, lines.Count - 2);
            if (fit < 2)
            {
                return null;
            }
        }

        return fit == 0
            ? null
            : (new ParagraphLayout([.. lines.Take(fit)], spaceBefore, 0, false),
               new ParagraphLayout([.. lines.Skip(fit)], 0, spaceAfter, keepWithNext));
    }
}
