using JobConnect.Domain.Common;
using JobConnect.Application.Common;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>German wording shared by the fair-day documents (they are printed in German, like the letters).</summary>
internal static class FairDayText
{
    public static string Times(TimeOnly from, TimeOnly to) => $"{from:HH\\:mm}–{to:HH\\:mm}";

    public static string Date(DateOnly date) => GermanWording.Date(date);

    public static Block Footer(string left, PageInfo page) => new Row(
            new Paragraph(left, TextStyle.Small),
            new Paragraph(page.Label, TextStyle.Small, TextAlign.Right))
        { Weights = [3, 1] };

    public static Block Header(string left, string right) => new Row(
            new Paragraph(left, TextStyle.Small with { Color = new SkiaSharp.SKColor(0x55, 0x55, 0x55) }),
            new Paragraph(right, TextStyle.Small with { Color = new SkiaSharp.SKColor(0x55, 0x55, 0x55) }, TextAlign.Right))
        { Weights = [3, 2] };
}
