using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>One bar: its label on the left, its length relative to the chart's largest value, its text (e.g. "312 · 89 %") after it.</summary>
public sealed record Bar(string Label, double Value, string Text);

/// <summary>Horizontal bars, one per line, for a funnel on paper. A bar without data draws no bar, only its text.</summary>
public sealed class BarChart(IReadOnlyList<Bar> bars) : Block
{
    public float LabelWidthMm { get; init; } = 55;
    public float BarHeightMm { get; init; } = 4.2f;
    public float GapMm { get; init; } = 1.6f;
    public SKColor Color { get; init; } = new(0x1E, 0x5A, 0x96);
    public TextStyle TextStyle { get; init; } = TextStyle.Body with { Size = 8.5f };

    internal override BlockLayout Layout(float width, LayoutContext context) =>
        new BarChartLayout(this, width, context.Font(TextStyle), context.Fill(TextStyle.Color), context.Fill(Color));

    private sealed class BarChartLayout(BarChart chart, float width, SKFont font, SKPaint text, SKPaint fill) : BlockLayout
    {
        private readonly float _bar = Units.Pt(chart.BarHeightMm), _gap = Units.Pt(chart.GapMm), _label = Units.Pt(chart.LabelWidthMm);

        public override float Height => chart.Bars.Count * (_bar + _gap);

        public override void Draw(SKCanvas canvas, float x, float y)
        {
            var bars = chart.Bars;
            var max = Math.Max(1, bars.Max(b => b.Value));
            var textRoom = Units.Pt(28);
            var room = width - _label - textRoom;
            for (var i = 0; i < bars.Count; i++)
            {
                var top = y + (i * (_bar + _gap));
                var baseline = top + (_bar / 2) + (font.Size * 0.35f);
                canvas.DrawText(bars[i].Label, x, baseline, SKTextAlign.Left, font, text);
                var length = (float)(room * bars[i].Value / max);
                if (length > 0)
                {
                    canvas.DrawRect(x + _label, top, length, _bar, fill);
                }
                canvas.DrawText(bars[i].Text, x + _label + length + Units.Pt(1.5f), baseline, SKTextAlign.Left, font, text);
            }
        }
    }

    internal IReadOnlyList<Bar> Bars { get; } = bars;
}
