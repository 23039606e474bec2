using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Common;
using static JobConnect.Infrastructure.Documents.Letters.TranslatedLetter;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// The desk's plan slip (A6) in Leichte Sprache or a translation: the same facts as the German slip, times
/// as the person's letter writes them; company and job names stay as the employers wrote them.
/// </summary>
internal static class TranslatedPlanSlip
{
    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, PlanSlip slip, PageSetup page, LetterTexts t) =>
        document.AddSection(page, s =>
        {
            var rtl = t.RightToLeft;
            var grey = TextStyle.Small with { Color = new SkiaSharp.SKColor(0x55, 0x55, 0x55) };
            var phase = t.PartOfDay(slip.PhaseStart ?? slip.Plan.Select(c => c.Start).DefaultIfEmpty(new TimeOnly(9, 0)).Min());
            s.Header(_ => Mirrored(rtl, new Row(Text(t, slip.FairName, grey), Text(t, $"{t.Date(slip.FairDate)}, {phase}", grey, TextAlign.Right)) { Weights = [2, 3] }))
                .Add(Text(t, t["slip.heading"], TextStyle.Heading(2), spaceAfter: 2, keep: true))
                .Add(Text(t, slip.Name, TextStyle.Strong))
                .Add(Text(t, t.Format("slip.code", ("code", slip.CheckInCode)), TextStyle.Small, spaceAfter: 2));
            if (slip.Plan.Count == 0)
            {
                s.Add(Text(t, t["slip.none"]));
                return;
            }

            var style = TextStyle.Body with { Size = 9 };
            var table = new Table(Columns(rtl, TableColumn.Fixed(t.Code.StartsWith("de", StringComparison.Ordinal) ? 20 : 14), TableColumn.Fixed(12), TableColumn.Relative(3)))
            {
                TextStyle = style,
                CellPaddingMm = 1,
            };
            table.AddHeaderRow(Cells(rtl, Text(t, t["col.time"], style.AsBold()), Text(t, t["col.booth"], style.AsBold()), Text(t, t["col.company"], style.AsBold())));
            foreach (var c in slip.Plan)
            {
                table.AddRow(Cells(rtl,
                    Text(t, t.Time(c.Start), TextStyle.Strong with { Size = 10 }),
                    Text(t, $"{c.Booth}/{c.Table}", style),
                    new Paragraph([TextSpan.Bold(c.Employer), new TextSpan(c.Vacancy is null ? "" : $"\n{c.Vacancy}", TextStyle.Body with { Size = 8.5f })],
                        rtl ? TextAlign.Right : TextAlign.Left)));
            }
            s.Add(table).Spacing(2).Add(Text(t, $"{slip.Venue}\n{t["slip.hint"]}", TextStyle.Small));
        });
}
