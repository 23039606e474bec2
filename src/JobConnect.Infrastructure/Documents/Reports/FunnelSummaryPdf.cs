using System.Globalization;
using JobConnect.Application.Features.Reports;
using JobConnect.Domain.Reports;
using JobConnect.Infrastructure.Documents.FairDay;

namespace JobConnect.Infrastructure.Documents.Reports;

/// <summary>
/// The one-page result of a fair for partners and the press: the funnel as bars with counts and rates,
/// the phases, and the earlier fairs beside it. Steps a fair did not record say so instead of showing zero.
/// </summary>
public static class FunnelSummaryPdf
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, FunnelSummary summary) =>
        document.AddSection(PageSetup.A4Portrait, s => Compose(s, summary));

    private static void Compose(SectionBuilder s, FunnelSummary summary)
    {
        var r = summary.Report;
        var steps = r.Phases.Count == 0 ? FunnelSteps.FromTalks : FunnelSteps.All;
        s.Header(_ => FairDayText.Header($"{r.Fair.Name} · {FairDayText.Date(r.Fair.Date)}", "Ergebnis"))
            .Footer(p => FairDayText.Footer("Personen, nicht Gespräche, werden gezählt. Quelle: JobConnect", p))
            .Heading($"Ergebnis {r.Fair.Name}")
            .Paragraph(r.ScopeName is null ? $"Messe am {FairDayText.Date(r.Fair.Date)}" : $"Messe am {FairDayText.Date(r.Fair.Date)} · Anteil {r.ScopeName}", TextStyle.Small);
        foreach (var gap in Gaps(r.Coverage))
        {
            s.Paragraph(gap, TextStyle.Small with { Bold = true });
        }
        s.Heading("Vom Einladen bis zum Vertrag", 2)
            .Add(new BarChart([.. steps.Select(step => Bar(r.Total, r.Coverage, step, steps[0]))]))
            .Spacing(2)
            .Paragraph($"Verträge zusammen: {Count(r.Total.Contracts, r.Coverage.IsRecorded(FunnelStep.Jobs))}", TextStyle.Strong);
        if (r.Phases.Count > 0)
        {
            s.Heading("Nach Phase", 2).Add(Lines([.. r.Phases.Select(l => (l.Name, l.Figures, r.Coverage))], steps));
        }
        if (r.Agencies.Count > 1)
        {
            s.Heading("Nach Agentur / Jobcenter", 2).Add(Lines([.. r.Agencies.Select(l => (l.Name, l.Figures, r.Coverage))], steps));
        }
        if (summary.Years.Count > 1)
        {
            s.Heading("Im Vergleich mit früheren Messen", 2)
                .Add(Lines([.. summary.Years.Select(y => (y.Fair.Date.Year.ToString(German), y.Figures, y.Coverage))], steps));
        }
        s.Spacing(2).Paragraph("Termin = Vorstellungsgespräch; Arbeit und Ausbildung = Verträge, wie die Vermittlungsfachkräfte sie nach 2, 6 und 12 Wochen "
            + "erfasst haben (oder am Stand eingestellt). „–“: keine Daten dieser Messe.", TextStyle.Small);
    }

    /// <summary>What the fair did not record, said in words.</summary>
    private static IEnumerable<string> Gaps(FunnelCoverage c)
    {
        if (!c.Arrivals)
        {
            yield return "Ankünfte wurden für diese Messe nicht erfasst.";
        }
        if (!c.Outcomes)
        {
            yield return "Gesprächsergebnisse wurden für diese Messe nicht erfasst.";
        }
        if (!c.FollowUps)
        {
            yield return "Nachverfolgungen (Vorstellungsgespräch geführt, Vertrag) liegen noch nicht vor.";
        }
    }

    private static Bar Bar(FunnelFigures f, FunnelCoverage c, FunnelStep step, FunnelStep baseStep) =>
        f.Recorded(c, step) is { } count
            ? new Bar(step.German(), count, f.Rate(c, step, baseStep) is { } rate && step != baseStep ? $"{count:N0} · {rate:0} %".Replace(",", ".", StringComparison.Ordinal) : count.ToString("N0", German))
            : new Bar(step.German(), 0, FunnelSteps.NotRecordedGerman);

    private static string Count(int value, bool recorded) => recorded ? value.ToString("N0", German) : FunnelSteps.NotRecordedGerman;

    /// <summary>A line per phase or fair, each with the coverage of its fair.</summary>
    private static Table Lines(List<(string Name, FunnelFigures Figures, FunnelCoverage Coverage)> lines, IReadOnlyList<FunnelStep> steps)
    {
        var table = new Table([TableColumn.Relative(2), .. steps.Select(_ => TableColumn.Relative(1))])
        {
            TextStyle = TextStyle.Body with { Size = 7.5f },
            CellPaddingMm = 1f,
        };
        table.AddHeaderRow(["", .. steps.Select(s => new TableCell(s.GermanShort()) { Align = TextAlign.Right })]);
        foreach (var (name, figures, c) in lines)
        {
            table.AddRow([name, .. steps.Select(s => new TableCell(figures.Recorded(c, s) is { } n ? n.ToString("N0", German) : "–") { Align = TextAlign.Right })]);
        }
        return table;
    }
}
