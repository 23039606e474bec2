using JobConnect.Application.Features.FairDay;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>
/// The small slips of the fair day: the plan slip the desk hands out (A6, readable at arm's length; in the
/// person's letter language) and the appointment slip the candidate takes home from the booth (A5, in the
/// candidate's letter language too).
/// </summary>
public static class FairDaySlipsPdf
{
    private static readonly PageSetup A6 = new(105, 148) { Margins = Margins.All(8) };
    private static readonly PageSetup A5 = new(148, 210) { Margins = Margins.All(12) };

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, PlanSlip slip) =>
        Application.Features.Invitations.LetterTexts.For(slip.Language, slip.EasyLanguage) is { } texts
            ? Letters.TranslatedPlanSlip.Add(document, slip, A6, texts)
            : AddGerman(document, slip);

    private static PdfDocumentBuilder AddGerman(PdfDocumentBuilder document, PlanSlip slip) =>
        document.AddSection(A6, s =>
        {
            s.Header(_ => FairDayText.Header(slip.FairName, FairDayText.Date(slip.FairDate)))
                .Heading("Ihr Gesprächsplan", 2)
                .Paragraph([TextSpan.Bold(slip.Name), new TextSpan($" · Code {slip.CheckInCode} · {slip.Phase}", TextStyle.Small)]);
            if (slip.Plan.Count == 0)
            {
                s.Paragraph("Noch kein Gespräch geplant – bitte am Infostand nach freien Plätzen fragen.");
                return;
            }
            var table = new Table(TableColumn.Fixed(14), TableColumn.Fixed(12), TableColumn.Relative(3))
            {
                TextStyle = TextStyle.Body with { Size = 9 },
                CellPaddingMm = 1,
            };
            table.AddHeaderRow("Zeit", "Stand", "Unternehmen / Stelle");
            foreach (var c in slip.Plan)
            {
                table.AddRow(new TableCell(new Paragraph($"{c.Start:HH\\:mm}", TextStyle.Strong with { Size = 10 })),
                    $"{c.Booth}/{c.Table}",
                    new TableCell(new Paragraph([TextSpan.Bold(c.Employer), new TextSpan(c.Vacancy is null ? "" : $"\n{c.Vacancy}", TextStyle.Body with { Size = 8.5f })])));
            }
            s.Add(table).Spacing(2).Paragraph($"{slip.Venue} · Bitte 5 Minuten vor jedem Gespräch am Stand sein.", TextStyle.Small);
        });

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, AppointmentSlip slip) =>
        Application.Features.Invitations.LetterTexts.For(slip.Language, slip.EasyLanguage) is { } texts
            ? Letters.TranslatedAppointmentSlip.Add(document, slip, A5, texts)
            : AddGerman(document, slip);

    private static PdfDocumentBuilder AddGerman(PdfDocumentBuilder document, AppointmentSlip slip) =>
        document.AddSection(A5, s =>
        {
            s.Header(_ => FairDayText.Header($"{slip.FairName} · {FairDayText.Date(slip.FairDate)}", $"Stand {slip.BoothLabel}"))
                .Heading("Ihr Vorstellungstermin", 1)
                .Paragraph([new TextSpan("bei "), TextSpan.Bold(slip.Employer)])
                .Spacing(2);
            var table = new Table(TableColumn.Fixed(28), TableColumn.Relative(3)) { TextStyle = TextStyle.Body with { Size = 11 }, CellPaddingMm = 1.6f };
            table.AddRow("Name", slip.Name ?? "_______________________________");
            table.AddRow("Teilnahme-Nr.", slip.Participant);
            if (slip.Vacancy is not null)
            {
                table.AddRow("Stelle", slip.Vacancy);
            }
            table.AddRow(new TableCell(new Paragraph("Datum", TextStyle.Strong with { Size = 11 })),
                new TableCell(new Paragraph(FairDayText.Date(slip.Date), TextStyle.Strong with { Size = 11 })));
            table.AddRow(new TableCell(new Paragraph("Uhrzeit", TextStyle.Strong with { Size = 11 })),
                new TableCell(new Paragraph($"{slip.Time:HH\\:mm} Uhr", TextStyle.Strong with { Size = 11 })));
            table.AddRow("Ort", slip.Place);
            table.AddRow("Ansprechperson", slip.Contact);
            if (!string.IsNullOrWhiteSpace(slip.Note))
            {
                table.AddRow("Hinweis", slip.Note);
            }
            s.Add(table)
                .Spacing(4)
                .Paragraph("Bitte bringen Sie Ihre Bewerbungsunterlagen mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie bitte "
                    + "rechtzeitig bei der Ansprechperson ab und informieren Sie Ihre Vermittlungsfachkraft.", TextStyle.Small);
        });
}
