using System.Text;
using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Greedy word wrapping over styled spans. Skia draws without shaping, so widths simply add up.</summary>
internal static class TextLayouter
{
    private sealed record Piece(string Text, TextStyle Style, float Width);

    /// <summary>A word (possibly mixing styles, "**Fett**normal") and the whitespace before it.</summary>
    private sealed record Word(List<Piece> Pieces, Piece? Gap)
    {
        public float Width => Pieces.Sum(p => p.Width);
    }

    public static IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextSpan> spans, TextAlign align, float width, LayoutContext context)
    {
        var lines = new List<TextLine>();
        foreach (var (words, style) in SplitHardLines(spans, context))
        {
            var current = new List<Word>();
            var currentWidth = 0f;
            foreach (var word in words)
            {
                var gap = current.Count == 0 ? 0 : word.Gap?.Width ?? 0;
                if (current.Count > 0 && currentWidth + gap + word.Width > width)
                {
                    lines.Add(MakeLine(current, align, width, isLast: false, style, context));
                    current = [];
                    currentWidth = 0;
                    gap = 0;
                }

                if (current.Count == 0 && word.Width > width)
                {
                    // A word wider than the line (a long URL or e-mail address) is broken by characters.
                    var chunks = BreakWord(word, width, context);
                    foreach (var chunk in chunks.Take(chunks.Count - 1))
                    {
                        lines.Add(MakeLine([chunk], align, width, isLast: false, style, context));
                    }

                    current.Add(chunks[^1]);
                    currentWidth = chunks[^1].Width;
                    continue;
                }

                current.Add(word);
                currentWidth += gap + word.Width;
            }

            lines.Add(MakeLine(current, align, width, isLast: true, style, context));
        }

        return lines;
    }

    private static IEnumerable<(List<Word> Words, TextStyle Style)> SplitHardLines(IReadOnlyList<TextSpan> spans, LayoutContext context)
    {
        var words = new List<Word>();
        var style = spans.Count > 0 ? spans[0].Style : TextStyle.Body;
        Piece? gap = null;
        var inWord = false;

        foreach (var span in spans)
        {
            var text = PdfFonts.Prepare(span.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' '));
            var start = 0;
            while (start < text.Length)
            {
                var c = text[start];
                if (c == '\n')
                {
                    yield return (words, style);
                    words = [];
                    style = span.Style;
                    gap = null;
                    inWord = false;
                    start++;
                    continue;
                }

                var isSpace = c == ' ';
                var end = start;
                while (end < text.Length && text[end] != '\n' && (text[end] == ' ') == isSpace)
                {
                    end++;
                }

                var piece = Measure(text[start..end], span.Style, context);
                if (isSpace)
                {
                    gap = piece;
                    inWord = false;
                }
                else if (inWord)
                {
                    words[^1].Pieces.Add(piece);
                }
                else
                {
                    words.Add(new Word([piece], gap));
                    gap = null;
                    inWord = true;
                }

                start = end;
            }
        }

        yield return (words, style);
    }

    private static List<Word> BreakWord(Word word, float width, LayoutContext context)
    {
        var chunks = new List<Word>();
        var pieces = new List<Piece>();
        var used = 0f;
        foreach (var piece in word.Pieces)
        {
            var pending = new StringBuilder();
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                var runeWidth = context.Font(piece.Style).MeasureText(rune.ToString());
                if (used + runeWidth > width && (used > 0 || pending.Length > 0))
                {
                    if (pending.Length > 0)
                    {
                        pieces.Add(Measure(pending.ToString(), piece.Style, context));
                    }

                    chunks.Add(new Word(pieces, null));
                    pieces = [];
                    pending.Clear();
                    used = 0;
                }

                pending.Append(rune.ToString());
                used += runeWidth;
            }

            if (pending.Length > 0)
            {
                pieces.Add(Measure(pending.ToString(), piece.Style, context));
            }
        }

        chunks.Add(new Word(pieces, null));
        return chunks;
    }

    private static Piece Measure(string text, TextStyle style, LayoutContext context) =>
        new(text, style, context.Font(style).MeasureText(text));

    private static TextLine MakeLine(List<Word> words, TextAlign align, float width, bool isLast, TextStyle fallback, LayoutContext context)
    {
        var styles = words.SelectMany(w => w.Pieces.Select(p => p.Style)).DefaultIfEmpty(fallback).ToList();
        var height = styles.Max(s => s.Size * s.LineHeight);
        var ascent = styles.Max(s => -context.Font(s).Metrics.Ascent);
        var descent = styles.Max(s => context.Font(s).Metrics.Descent);
        // Centre the font's ascent+descent box in the line: equal air above and below.
        var baseline = ((height - (ascent + descent)) / 2) + ascent;

        var gaps = words.Skip(1).Sum(w => w.Gap?.Width ?? 0);
        var natural = words.Sum(w => w.Width) + gaps;
        var justify = align == TextAlign.Justify && !isLast && words.Count > 1;
        var extra = justify ? (width - natural) / (words.Count - 1) : 0;
        var x = align switch
        {
            TextAlign.Center => (width - natural) / 2,
            TextAlign.Right => width - natural,
            _ => 0,
        };

        var runs = new List<TextRun>();
        TextStyle? lastStyle = null;
        var pending = new StringBuilder();
        var pendingX = 0f;

        void Flush()
        {
            if (pending.Length > 0 && lastStyle is not null)
            {
                runs.Add(new TextRun(pending.ToString(), context.Font(lastStyle), context.Fill(lastStyle.Color), pendingX));
            }

            pending.Clear();
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && word.Gap is { } gap)
            {
                if (justify)
                {
                    // Words are drawn one by one so the stretched gaps stay exact.
                    Flush();
                    lastStyle = null;
                }
                else
                {
                    pending.Append(gap.Text);
                }

                x += gap.Width + extra;
            }

            foreach (var piece in word.Pieces)
            {
                if (piece.Style != lastStyle)
                {
                    Flush();
                    lastStyle = piece.Style;
                    pendingX = x;
                }

                pending.Append(piece.Text);
                x += piece.Width;
            }
        }

        Flush();
        return new TextLine(runs, height, baseline);
    }
}
