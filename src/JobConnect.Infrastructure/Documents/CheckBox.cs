using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A tick box (empty for paper check-in lists, or ticked) with an optional label to its right.</summary>
public sealed class CheckBox(string? label = null) : Block
{
    public string? Label { get; } = label;
    public bool Checked { get; init; }
    public float SizeMm { get; init; } = 3.5f;
    public TextStyle Style { get; init; } = TextStyle.Body;

    internal override BlockLayout Layout(float width, LayoutContext context)
    {
        var size = Units.Pt(SizeMm);
        var gap = Units.Pt(2);
        var label = Label is null ? null : new Paragraph(Label, Style).Layout(Math.Max(width - size - gap, 1), context) as ParagraphLayout;
        return new CheckBoxLayout(size, gap, Style.Size * Style.LineHeight, label, Checked, context.Stroke(SKColors.Black, 0.75f));
    }
}

internal sealed class CheckBoxLayout(float size, float gap, float lineHeight, ParagraphLayout? label, bool isChecked, SKPaint stroke) : BlockLayout
{
    // The box sits centred on a line of text (the label's first line), so it lines up with text in neighbouring cells.
    private readonly float _boxTop = Math.Max((lineHeight - size) / 2, 0);

    public override float Height => Math.Max(Math.Max(_boxTop + size, lineHeight), label?.Height ?? 0);

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var inset = stroke.StrokeWidth / 2;
        var box = new SKRect(x + inset, y + _boxTop + inset, x + size - inset, y + _boxTop + size - inset);
        canvas.DrawRect(box, stroke);
        if (isChecked)
        {
            using var tick = new SKPath();
            tick.MoveTo(box.Left + (box.Width * 0.2f), box.MidY);
            tick.LineTo(box.Left + (box.Width * 0.42f), box.Bottom - (box.Height * 0.2f));
            tick.LineTo(box.Right - (box.Width * 0.15f), box.Top + (box.Height * 0.2f));
            canvas.DrawPath(tick, stroke);
        }

        label?.Draw(canvas, x + size + gap, y);
    }
}
