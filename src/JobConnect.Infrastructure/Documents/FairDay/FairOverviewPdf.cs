using JobConnect.Application.Features.FairDay;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>The organizers' overview sheet: invited, confirmed, declined and conversations per phase, agency and employer.</summary>
public static class FairOverviewPdf
{
    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, FairOverview overview) =>
        document.AddSection(PageSetup.A4Portrait, s => Compose(s, overview));

    private static void Compose(SectionBuilder s, FairOverview o)
    {
        s.Header(_ => FairDayText.Header($"{o.FairName} · {FairDayText.Date(o.FairDate)} · {o.Venue}", "Übersicht"))
            .Footer(p => FairDayText.Footer("Zahlen zum Zeitpunkt des Drucks", p))
            .Heading($"Übersicht {o.FairName}")
            .Paragraph("„Eingeladen“ zählt alle, die einen Platz haben (bestätigt und angekommen eingeschlossen); Absagen und "
                + "Stornierungen stehen getrennt.", TextStyle.Small)
            .Heading("Nach Phase", 2)
            .Add(Lines("Phase", o.Phases))
            .Heading("Nach Agentur / Jobcenter", 2)
            .Add(Lines("Agentur / Jobcenter", o.Agencies))
            .Heading("Nach Unternehmen", 2)
            .Add(Employers(o.Employers));
    }

    private static Table Lines(string what, IReadOnlyList<OverviewLine> lines)
    {
        var table = NumberTable(TableColumn.Relative(3), TableColumn.Fixed(22), TableColumn.Fixed(22), TableColumn.Fixed(22), TableColumn.Fixed(24), TableColumn.Fixed(22));
        table.AddHeaderRow(what, Right("Eingeladen"), Right("Bestätigt"), Right("Abgesagt"), Right("mit Gespräch"), Right("Gespräche"));
        foreach (var l in lines)
        {
            table.AddRow(l.Name, Right(l.Invited), Right(l.Confirmed), Right(l.Declined), Right(l.WithConversation), Right(l.Conversations));
        }
        return table.AddRow(Total("Summe"), Total(lines.Sum(l => l.Invited)), Total(lines.Sum(l => l.Confirmed)), Total(lines.Sum(l => l.Declined)),
            Total(lines.Sum(l => l.WithConversation)), Total(lines.Sum(l => l.Conversations)));
    }

    private static Table Employers(IReadOnlyList<EmployerLine> lines)
    {
        var table = NumberTable(TableColumn.Fixed(16), TableColumn.Relative(3), TableColumn.Fixed(18), TableColumn.Fixed(22), TableColumn.Fixed(22));
        table.AddHeaderRow("Stand", "Unternehmen", Right("Tische"), Right("Personen"), Right("Gespräche"));
        foreach (var l in lines)
        {
            table.AddRow(l.Booth, l.Name, Right(l.Tables), Right(l.People), Right(l.Conversations));
        }
        // No people total: a person with conversations at two booths would count twice.
        return table.AddRow("", Total("Summe"), Total(lines.Sum(l => l.Tables)), "", Total(lines.Sum(l => l.Conversations)));
    }

    private static Table NumberTable(params TableColumn[] columns) => new(columns) { TextStyle = TextStyle.Body with { Size = 9 }, CellPaddingMm = 1.2f };

    private static TableCell Right(string text) => new(text) { Align = TextAlign.Right };

    private static TableCell Right(int number) => Right(number.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE")));

    private static TableCell Total(string text) => new(new Paragraph(text, TextStyle.Strong with { Size = 9 }));

    private static TableCell Total(int number) =>
        new(new Paragraph(number.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE")), TextStyle.Strong with { Size = 9 }, TextAlign.Right));
}
