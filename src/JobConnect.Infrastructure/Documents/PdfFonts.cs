using System.Globalization;
using System.Text;
using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// The embedded Noto Sans subsets (see Fonts/make-fonts.sh). Never system fonts: a fresh server has
/// none, and Skia would embed a whole system font file into every PDF.
/// </summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("NotoSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("NotoSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> s_arabicRegular = new(() => Load("NotoSansArabic-Regular.ttf"));
    private static readonly Lazy<SKTypeface> s_arabicBold = new(() => Load("NotoSansArabic-Bold.ttf"));

    public static SKTypeface Typeface(bool bold) => bold ? s_bold.Value : s_regular.Value;

    /// <summary>Noto Sans Arabic: Arabic letters, digits and a little punctuation, with the layout tables HarfBuzz shapes with.</summary>
    public static SKTypeface ArabicTypeface(bool bold) => bold ? s_arabicBold.Value : s_arabicRegular.Value;

    /// <summary>True for the characters that need the right-to-left layout (Arabic letters and the Arabic marks).</summary>
    public static bool IsArabic(int codepoint) => codepoint is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    public static bool HasArabic(string text) => text.Any(c => IsArabic(c));

    /// <summary>
    /// Composes the text (NFC) and replaces what the subset lacks: accented letters lose their accent
    /// ("ệ" → "e"), anything else becomes "?" — better than an empty box that also breaks text extraction.
    /// </summary>
    public static string Prepare(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var typeface = s_regular.Value;
        if (typeface.ContainsGlyphs(composed.Replace("\n", "", StringComparison.Ordinal)))
        {
            return composed;
        }

        var result = new StringBuilder(composed.Length);
        foreach (var rune in composed.EnumerateRunes())
        {
            if (rune.Value == '\n' || typeface.ContainsGlyph(rune.Value) || (IsArabic(rune.Value) && s_arabicRegular.Value.ContainsGlyph(rune.Value))
                || rune.Value is 0x200E or 0x200F)
            {
                result.Append(rune.ToString());
                continue;
            }

            var stripped = StripMarks(rune.ToString());
            result.Append(stripped.Length > 0 && typeface.ContainsGlyphs(stripped) ? stripped : "?");
        }

        return result.ToString();
    }

    private static string StripMarks(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static SKTypeface Load(string fileName)
    {
        var name = $"JobConnect.Documents.Fonts.{fileName}";
        using var resource = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        using var buffer = new MemoryStream();
        resource.CopyTo(buffer);
        // SKMemoryStream copies into native memory, so the typeface never calls back into managed code.
        return SKTypeface.FromStream(new SKMemoryStream(buffer.ToArray()))
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
