using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// Declares the document's natural language (<c>/Lang</c> in the catalog), which screen readers use to pick
/// a voice. SkiaSharp 3.119 exposes no such field (see docs/adr/0008-tagged-pdf-with-skiasharp.md), so the
/// finished file gets a standard PDF incremental update: the catalog again with <c>/Lang</c>, appended
/// after the original bytes, which stay untouched. A file in an unexpected shape is left as it is.
/// </summary>
internal static partial class PdfLanguage
{
    public static byte[] Declare(byte[] pdf, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerStart = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref < 0 || trailerStart < 0 || trailerStart > startXref
            || !int.TryParse(text.AsSpan(startXref + "startxref".Length).Trim().ToString().Split('\n')[0].Trim(), CultureInfo.InvariantCulture, out var previousXref))
        {
            return pdf;
        }

        var trailer = text[trailerStart..startXref];
        var root = RootPattern().Match(trailer);
        var size = SizePattern().Match(trailer);
        if (!root.Success || !size.Success)
        {
            return pdf;
        }

        var number = root.Groups[1].Value;
        // The catalog is a small object near the end; search from its "n 0 obj" line, not through the whole file.
        var start = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        var catalog = start < 0 || end < 0
            ? Match.Empty
            : Regex.Match(text[start..(end + "endobj".Length)], @"(<<.*>>)\s*endobj", RegexOptions.Singleline);
        if (!catalog.Success || catalog.Groups[1].Value.Contains("/Lang", StringComparison.Ordinal))
        {
            return pdf;
        }

        var dictionary = catalog.Groups[1].Value;
        var info = InfoPattern().Match(trailer);
        var update = new StringBuilder();
        update.Append('\n');
        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{dictionary[..^2]} /Lang ({Escape(language)})>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{number} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size.Groups[1].Value} /Root {number} 0 R{(info.Success ? $" /Info {info.Groups[1].Value} 0 R" : "")} /Prev {previousXref}>>\n");
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private static string Escape(string value) => new([.. value.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoPattern();
}
