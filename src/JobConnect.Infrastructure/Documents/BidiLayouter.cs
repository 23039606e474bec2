using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// Line breaking for right-to-left paragraphs and for any text with Arabic in it. Words wrap in reading
/// order; each line is then cut into runs of one direction, put in visual order, and cut again by font
/// (Noto Sans Arabic has no Latin letters). Arabic runs are shaped with HarfBuzz, so letters join and read
/// right to left. A two-level simplification of the Unicode bidi algorithm: Latin names, numbers, times,
/// dates and phone numbers inside Arabic stay left to right as a whole, as readers expect them.
/// </summary>
internal static class BidiLayouter
{
    private enum Direction { Ltr, Rtl, Neutral }

    private sealed record Word(string Text, TextStyle Style, bool SpaceBefore);

    /// <summary>One piece of a line: one direction, one style, one font, in visual order.</summary>
    private sealed record Piece(string Text, TextStyle Style, bool Arabic);

    // Characters that look the other way round in right-to-left text.
    private static readonly Dictionary<char, char> Mirrors = new()
    {
        ['('] = ')', [')'] = '(', ['['] = ']', [']'] = '[', ['«'] = '»', ['»'] = '«', ['<'] = '>', ['>'] = '<',
    };

    public static bool Needs(IReadOnlyList<TextSpan> spans, bool rightToLeft) => rightToLeft || spans.Any(s => PdfFonts.HasArabic(s.Text));

    public static IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextSpan> spans, TextAlign align, float width, bool rightToLeft, LayoutContext context)
    {
        var fallback = spans.Count > 0 ? spans[0].Style : TextStyle.Body;
        var lines = new List<TextLine>();
        foreach (var hardLine in HardLines(spans))
        {
            var current = new List<Word>();
            var used = 0f;
            foreach (var word in hardLine)
            {
                var wordWidth = Pieces([word with { SpaceBefore = false }], rightToLeft).Sum(p => Width(p, context));
                var gap = current.Count > 0 && word.SpaceBefore ? Space(word.Style, context) : 0;
                if (current.Count > 0 && used + gap + wordWidth > width)
                {
                    lines.Add(MakeLine(current, align, width, rightToLeft, fallback, context));
                    current = [];
                    used = 0;
                    gap = 0;
                }

                current.Add(word);
                used += gap + wordWidth;
            }

            lines.Add(MakeLine(current, align, width, rightToLeft, fallback, context));
        }

        return lines;
    }

    private static List<List<Word>> HardLines(IReadOnlyList<TextSpan> spans)
    {
        var lines = new List<List<Word>> { new() };
        var space = false;
        foreach (var span in spans)
        {
            var text = PdfFonts.Prepare(span.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' '));
            var word = new StringBuilder();

            void Flush()
            {
                if (word.Length > 0)
                {
                    lines[^1].Add(new Word(word.ToString(), span.Style, space));
                    word.Clear();
                    space = false;
                }
            }

            foreach (var c in text)
            {
                if (c == '\n')
                {
                    Flush();
                    lines.Add([]);
                    space = false;
                }
                else if (c == ' ')
                {
                    Flush();
                    space = lines[^1].Count > 0;
                }
                else
                {
                    word.Append(c);
                }
            }

            Flush();
        }

        return lines;
    }

    private static float Space(TextStyle style, LayoutContext context) => context.Font(style).MeasureText(" ");

    private static TextLine MakeLine(List<Word> words, TextAlign align, float width, bool rightToLeft, TextStyle fallback, LayoutContext context)
    {
        var pieces = Pieces(words, rightToLeft);
        var styles = words.Select(w => w.Style).DefaultIfEmpty(fallback).ToList();
        var fonts = styles.Select(context.Font).Concat(pieces.Where(p => p.Arabic).Select(p => context.ArabicFont(p.Style))).ToList();
        var height = styles.Max(s => s.Size * s.LineHeight);
        var ascent = fonts.Max(f => -f.Metrics.Ascent);
        var descent = fonts.Max(f => f.Metrics.Descent);
        var baseline = ((height - (ascent + descent)) / 2) + ascent;

        var widths = pieces.Select(p => Width(p, context)).ToList();
        var natural = widths.Sum();
        // Alignment is logical: "left" is where reading starts, so a right-to-left paragraph starts at the right edge.
        var toRight = align == TextAlign.Right ? !rightToLeft : rightToLeft;
        var x = align == TextAlign.Center ? (width - natural) / 2 : toRight ? width - natural : 0;

        var runs = new List<TextRun>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var paint = context.Fill(piece.Style.Color);
            runs.Add(piece.Arabic
                ? new TextRun(piece.Text, context.ArabicFont(piece.Style), paint, x, context.Shaper(piece.Style.Bold))
                : new TextRun(piece.Text, context.Font(piece.Style), paint, x));
            x += widths[i];
        }

        return new TextLine(runs, height, baseline);
    }

    private static float Width(Piece piece, LayoutContext context) => piece.Arabic
        ? context.Shaper(piece.Style.Bold).Shape(piece.Text, context.ArabicFont(piece.Style)).Width
        : context.Font(piece.Style).MeasureText(piece.Text);

    /// <summary>The line's words as pieces in visual order, left to right on the page.</summary>
    private static List<Piece> Pieces(List<Word> words, bool rightToLeft)
    {
        var text = new StringBuilder();
        var styles = new List<TextStyle>();
        foreach (var word in words)
        {
            if (word.SpaceBefore && text.Length > 0)
            {
                text.Append(' ');
                styles.Add(word.Style);
            }

            text.Append(word.Text);
            styles.AddRange(Enumerable.Repeat(word.Style, word.Text.Length));
        }

        var line = text.ToString();
        var directions = Resolve(line, rightToLeft);

        // Runs of one direction in reading order.
        var runs = new List<(int Start, int End, bool Rtl)>();
        for (var i = 0; i < line.Length;)
        {
            var rtl = directions[i] == Direction.Rtl;
            var end = i;
            while (end < line.Length && (directions[end] == Direction.Rtl) == rtl)
            {
                end++;
            }

            runs.Add((i, end, rtl));
            i = end;
        }

        if (rightToLeft)
        {
            runs.Reverse();
        }

        var pieces = new List<Piece>();
        foreach (var (start, end, rtl) in runs)
        {
            var runPieces = new List<Piece>();
            for (var i = start; i < end;)
            {
                var arabic = UsesArabicFont(line[i], rtl);
                var style = styles[i];
                var stop = i;
                while (stop < end && styles[stop] == style && UsesArabicFont(line[stop], rtl) == arabic)
                {
                    stop++;
                }

                var chunk = line[i..stop];
                // HarfBuzz orders a run with Arabic letters itself, but leaves brackets and quotes as they are (seen in the
                // rendered PDF): those are mirrored here; anything else at the right-to-left level is also turned round here.
                var shapedRtl = arabic && rtl && chunk.Any(c => PdfFonts.IsArabic(c));
                runPieces.Add(new Piece(!rtl ? chunk : shapedRtl ? MirrorGlyphs(chunk) : Mirror(chunk), style, arabic));
                i = stop;
            }

            if (rtl)
            {
                runPieces.Reverse();
            }

            pieces.AddRange(runPieces);
        }

        return pieces;
    }

    private static bool UsesArabicFont(char c, bool rtl) =>
        PdfFonts.IsArabic(c) || c is '\u200E' or '\u200F' || (rtl && PdfFonts.ArabicTypeface(false).ContainsGlyph(c));

    private static string Mirror(string text) => MirrorGlyphs(new string([.. text.Reverse()]));

    private static string MirrorGlyphs(string text) => new([.. text.Select(c => Mirrors.GetValueOrDefault(c, c))]);

    /// <summary>Each character's direction: strong letters keep theirs, neutrals between two of the same take it, others the paragraph's.</summary>
    private static Direction[] Resolve(string line, bool rightToLeft)
    {
        var paragraph = rightToLeft ? Direction.Rtl : Direction.Ltr;
        var result = new Direction[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            result[i] = Classify(line, i);
        }

        for (var i = 0; i < line.Length;)
        {
            if (result[i] != Direction.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < line.Length && result[end] == Direction.Neutral)
            {
                end++;
            }

            var before = i == 0 ? paragraph : result[i - 1];
            var after = end == line.Length ? paragraph : result[end];
            var resolved = before == after ? before : paragraph;
            Array.Fill(result, resolved, i, end - i);
            i = end;
        }

        return result;
    }

    private static Direction Classify(string line, int i)
    {
        var c = line[i];
        if (c is (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9'))
        {
            return Direction.Ltr; // Arabic-Indic digits: numbers read left to right in Arabic too.
        }

        if (PdfFonts.IsArabic(c) || c == '\u200F')
        {
            return Direction.Rtl;
        }

        if (char.IsLetterOrDigit(c) || c == '\u200E')
        {
            return Direction.Ltr;
        }

        // A separator between digits belongs to the number: 9:30, 12.05.2026, 0561-123, 1/2.
        var inNumber = i > 0 && i + 1 < line.Length && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1]);
        return inNumber && ".,:/-–+".Contains(c, StringComparison.Ordinal) ? Direction.Ltr : Direction.Neutral;
    }
}
