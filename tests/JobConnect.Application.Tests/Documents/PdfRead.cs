using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace JobConnect.Application.Tests.Documents;

internal static class PdfRead
{
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Words)];
    }

    /// <summary>The page's words joined by single spaces, in drawing order.</summary>
    public static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    public const double PointsPerMm = 72 / 25.4;
}
