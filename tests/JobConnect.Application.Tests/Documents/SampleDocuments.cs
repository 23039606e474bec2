using JobConnect.Infrastructure.Documents;

namespace JobConnect.Application.Tests.Documents;

/// <summary>Realistic documents for tests and size measurements: a DIN 5008 letter and a check-in list.</summary>
internal static class SampleDocuments
{
    public const string CheckInUrl = "https://jobconnect.example/checkin/7F3K-92QX";

    public static PdfDocumentBuilder Letter(int number = 1) => AddLetter(new PdfDocumentBuilder { Title = "Einladung zur Jobmesse" }, number);

    public static PdfDocumentBuilder AddLetter(PdfDocumentBuilder document, int number) => document.AddSection(Din5008FormB.Page, s => s
        .AddMarks()
        .Place(Din5008FormB.AddressTextLeft, Din5008FormB.AddressFieldTop + 1.5f, 80,
            new Paragraph("Agentur für Arbeit Kiel · Adolf-Westphal-Straße 2 · 24143 Kiel", TextStyle.Small with { Size = 7 }))
        .Place(Din5008FormB.AddressTextLeft, Din5008FormB.RecipientTop, 80,
            new Paragraph($"Frau\nJördis Müller-Lüdenscheidt\nGroße Straße 12 a\n24103 Kiel"))
        .Place(Din5008FormB.InfoBlockLeft, Din5008FormB.InfoBlockTop, Din5008FormB.InfoBlockWidth,
            new Table(TableColumn.Fixed(28), TableColumn.Relative())
            {
                Borders = TableBorders.None,
                CellPaddingMm = 0.3f,
                TextStyle = TextStyle.Small,
            }
            .AddRow("Ihr Zeichen:", $"JC-{number:D5}")
            .AddRow("Ansprechpartnerin:", "Frau Weiß")
            .AddRow("Telefon:", "0431 709-1234")
            .AddRow("Datum:", "12. März 2026"))
        .FirstPageContentTop(Din5008FormB.BodyTop)
        .Footer(p => new Row(
                new Paragraph("JobConnect – Jobmesse Kiel 2026", TextStyle.Small),
                new Paragraph(p.Label, TextStyle.Small, TextAlign.Right)))
        .Paragraph("Einladung zur Jobmesse „Zukunft Kiel“ am 26. März 2026", TextStyle.Strong)
        .Spacing(4)
        .Paragraph("Sehr geehrte Frau Müller-Lüdenscheidt,")
        .Paragraph("wir freuen uns, Sie zur Jobmesse „Zukunft Kiel“ einzuladen. Auf Grundlage Ihres Profils haben "
            + "wir Gespräche mit Unternehmen vereinbart, deren Stellenangebote zu Ihren Wünschen passen – "
            + "Fahrtkosten bis 25,00 € werden gegen Vorlage der Fahrkarte erstattet.", align: TextAlign.Justify)
        .Add(new Table(TableColumn.Fixed(22), TableColumn.Relative(3), TableColumn.Relative(2), TableColumn.Fixed(16))
            .AddHeaderRow("Uhrzeit", "Unternehmen", "Stelle", "Stand")
            .AddRow("10:00 Uhr", "Bäckerei Öztürk & Söhne GmbH", "Bäcker/in (m/w/d)", "A 12")
            .AddRow("10:45 Uhr", "Stadtwerke Kiel AG", "Elektroniker/in für Energie- und Gebäudetechnik", "B 3")
            .AddRow("11:30 Uhr", "Pflegedienst Sonnenschein", "Pflegefachkraft – Teilzeit möglich", "C 7"))
        .Spacing(3)
        .Add(new Row(
                new Paragraph("Bitte zeigen Sie beim Einlass diesen QR-Code vor. Er enthält nur Ihre Einladungsnummer, "
                    + "keine weiteren persönlichen Daten. Ohne Smartphone genügt dieses Schreiben …"),
                new QrCode($"{CheckInUrl}?n={number}", 25) { Align = HorizontalAlign.Right })
            { Weights = [3, 1] })
        .Spacing(3)
        .Paragraph("Mit freundlichen Grüßen")
        .Spacing(8)
        .Paragraph("Ihr JobConnect-Team"));

    public static PdfDocumentBuilder CheckInList(int rows) => new PdfDocumentBuilder { Title = "Check-in-Liste" }
        .AddSection(PageSetup.A4Landscape, s =>
        {
            s.Header(_ => new Paragraph("Check-in-Liste · Jobmesse „Zukunft Kiel“ · 26.03.2026", TextStyle.Small))
                .Footer(p => new Paragraph(p.Label, TextStyle.Small, TextAlign.Right))
                .Heading("Teilnehmende Jobsuchende");
            var table = new Table(TableColumn.Fixed(12), TableColumn.Relative(3), TableColumn.Relative(4), TableColumn.Fixed(22), TableColumn.Fixed(22))
            {
                AlternateRowBackground = new SkiaSharp.SKColor(0xF5, 0xF5, 0xF5),
                VerticalAlign = VerticalAlign.Middle,
            };
            table.AddHeaderRow("Nr.", "Name", "Termine", "Uhrzeit", "Anwesend");
            for (var i = 1; i <= rows; i++)
            {
                table.AddRow(
                    new TableCell($"{i}") { Align = TextAlign.Right },
                    $"Teilnehmer{i} Größenwahn",
                    i % 3 == 0 ? $"Zeile{i}Anfang Bäckerei Öztürk, Stadtwerke Kiel, Pflegedienst Sonnenschein und weitere Unternehmen der Region Zeile{i}Ende" : $"Zeile{i}Anfang Zeile{i}Ende",
                    "10:00",
                    new CheckBox());
            }

            s.Add(table);
        });
}
