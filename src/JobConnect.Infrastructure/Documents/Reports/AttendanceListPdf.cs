using JobConnect.Application.Common;
using JobConnect.Application.Features.Attendance;
using JobConnect.Infrastructure.Documents.FairDay;

namespace JobConnect.Infrastructure.Documents.Reports;

/// <summary>
/// An agency's attendance list of a fair, to file or send: present with arrival time, absent, excused,
/// declined, and the conversations each person held — from the recorded check-ins.
/// </summary>
public static class AttendanceListPdf
{
    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, AttendanceList list) =>
        document.AddSection(PageSetup.A4Portrait with { Margins = new(12, 12, 12, 15) }, s => Compose(s, list));

    private static void Compose(SectionBuilder s, AttendanceList list)
    {
        var who = list.AgencyName ?? "alle Agenturen und Jobcenter";
        s.Header(_ => FairDayText.Header($"{list.Fair.Name} · {FairDayText.Date(list.Fair.Date)}", $"Anwesenheit · {who}"))
            .Footer(p => FairDayText.Footer("Aus den Check-ins am Eingang, nicht aus dem Plan", p))
            .Heading($"Anwesenheitsliste {list.Fair.Name}")
            .Paragraph($"{who} · {list.People.Count} eingeladene Personen: {list.Count(AttendanceStatus.Present)} anwesend, "
                + $"{list.Count(AttendanceStatus.Absent)} nicht erschienen, {list.Count(AttendanceStatus.Excused)} entschuldigt, "
                + $"{list.Count(AttendanceStatus.Declined)} abgesagt.", TextStyle.Small);
        if (!list.CheckInsRecorded)
        {
            s.Paragraph("Für diese Messe sind keine Check-ins erfasst; niemand wird als nicht erschienen gemeldet.", TextStyle.Strong);
        }
        if (!list.OutcomesRecorded)
        {
            s.Paragraph("Gesprächsergebnisse sind nicht erfasst; geführte Gespräche werden nicht gezählt.", TextStyle.Small);
        }
        if (list.People.Count == 0)
        {
            s.Paragraph("Zu dieser Messe ist niemand eingeladen.");
            return;
        }
        var table = new Table(TableColumn.Relative(3), TableColumn.Fixed(24), TableColumn.Fixed(20), TableColumn.Fixed(28), TableColumn.Fixed(16), TableColumn.Fixed(18))
        {
            TextStyle = TextStyle.Body with { Size = 8.5f },
            CellPaddingMm = 1.1f,
            AlternateRowBackground = new SkiaSharp.SKColor(0xF4, 0xF4, 0xF4),
        };
        table.AddHeaderRow("Name", "Kundennr.", "Phase", "Anwesenheit", "Ankunft", new TableCell("Gespräche") { Align = TextAlign.Right });
        foreach (var p in list.People)
        {
            table.AddRow(
                $"{p.LastName}, {p.FirstName}",
                p.ReferenceNumber,
                p.Phase,
                ExportAttendance.German(p.Attendance),
                p.ArrivedAt is { } at ? at.ToFairTime().ToString("HH:mm") : "",
                new TableCell(p.ConversationsHeld is { } held ? $"{held} von {p.ConversationsPlanned}" : $"– von {p.ConversationsPlanned}") { Align = TextAlign.Right });
        }
        s.Add(table);
    }
}
