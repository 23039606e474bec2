using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Content that the page flow measures for a width, draws, and splits where the block allows it.</summary>
public abstract class Block
{
    internal abstract BlockLayout Layout(float width, LayoutContext context);
}

/// <summary>A block measured for one width, in points. Immutable, so the flow can split and place pieces of it.</summary>
internal abstract class BlockLayout
{
    public abstract float Height { get; }

    /// <summary>The smallest first piece the flow may leave at the bottom of a page (for keep-with-next).</summary>
    public virtual float MinHeadHeight => Height;

    public virtual bool KeepWithNext => false;

    /// <summary>Draws with the top-left corner at (x, y).</summary>
    public abstract void Draw(SKCanvas canvas, float x, float y);

    /// <summary>A head that fits into <paramref name="available"/> and the rest (null when nothing is left), or null when no useful head fits.</summary>
    public virtual (BlockLayout Head, BlockLayout? Tail)? Split(float available) => null;
}

/// <summary>Fonts and paints shared by the layouts of one rendering, and native objects to free after it.</summary>
internal sealed class LayoutContext : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly Dictionary<(bool Bold, float Size), SKFont> _arabicFonts = [];
    private readonly Dictionary<bool, SkiaSharp.HarfBuzz.SKShaper> _shapers = [];
    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> _strokes = [];
    private readonly List<IDisposable> _owned = [];

    public SKFont Font(TextStyle style) => Cached(_fonts, style, PdfFonts.Typeface(style.Bold));

    /// <summary>The Arabic font in the style's size and weight (it has no Latin letters: see <see cref="BidiLayouter"/>).</summary>
    public SKFont ArabicFont(TextStyle style) => Cached(_arabicFonts, style, PdfFonts.ArabicTypeface(style.Bold));

    private static SKFont Cached(Dictionary<(bool Bold, float Size), SKFont> fonts, TextStyle style, SKTypeface typeface)
    {
        var key = (style.Bold, style.Size);
        if (!fonts.TryGetValue(key, out var font))
        {
            // Linear (unhinted) metrics: the widths we wrap with are the widths the PDF viewer uses.
            font = new SKFont(typeface, style.Size) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None };
            fonts.Add(key, font);
        }

        return font;
    }

    /// <summary>
    /// The HarfBuzz shaper of the Arabic font; one per rendering because a shaper keeps a buffer and
    /// is not safe to share between threads that render documents at the same time.
    /// </summary>
    public SkiaSharp.HarfBuzz.SKShaper Shaper(bool bold)
    {
        if (!_shapers.TryGetValue(bold, out var shaper))
        {
            shaper = new SkiaSharp.HarfBuzz.SKShaper(PdfFonts.ArabicTypeface(bold));
            _shapers.Add(bold, shaper);
        }

        return shaper;
    }

    public SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
            _fills.Add(color, paint);
        }

        return paint;
    }

    public SKPaint Stroke(SKColor color, float widthPt)
    {
        if (!_strokes.TryGetValue((color, widthPt), out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = widthPt, IsAntialias = true };
            _strokes.Add((color, widthPt), paint);
        }

        return paint;
    }

    public T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public void Dispose()
    {
        foreach (var item in _fonts.Values.Concat(_arabicFonts.Values).Concat<IDisposable>(_shapers.Values).Concat(_fills.Values).Concat(_strokes.Values).Concat(_owned))
        {
            item.Dispose();
        }
    }
}
