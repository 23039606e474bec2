using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;

namespace JobConnect.Application.Features.Attendance;

/// <summary>The attendance list of <see cref="GetAttendance"/> as XLSX (for the agency's records) or PDF (to file or send), in German.</summary>
public sealed class ExportAttendance(GetAttendance attendance, ITableFiles files, IDocumentRenderer renderer)
{
    public async Task<FileContent> XlsxAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        var list = await attendance.ForExportAsync(scope, fairId, ct);
        return files.Write(TableFormat.Xlsx, FileName(list), "Anwesenheit",
            ["Kundennummer", "Nachname", "Vorname", "Agentur / Jobcenter", "Phase", "Anwesenheit", "Ankunft", "Gespräche geplant", "Gespräche geführt"],
            list.People.Select(p => (IReadOnlyList<object?>)
            [
                p.ReferenceNumber, p.LastName, p.FirstName, p.Agency, p.Phase, German(p.Attendance),
                p.ArrivedAt?.ToFairTime(), p.ConversationsPlanned, p.ConversationsHeld is { } held ? held : "nicht erfasst",
            ]));
    }

    public async Task<FileContent> PdfAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        var list = await attendance.ForExportAsync(scope, fairId, ct);
        return new FileContent($"{FileName(list)}.pdf", FileContent.Pdf, renderer.Render(new PrintDocument($"Anwesenheit {list.Fair.Name}", [list])));
    }

    private static string FileName(AttendanceList list) => $"anwesenheit-{list.Fair.Date:yyyy-MM-dd}";

    /// <summary>The words of the list on paper and in the file.</summary>
    public static string German(AttendanceStatus attendance) => attendance switch
    {
        AttendanceStatus.Present => "anwesend",
        AttendanceStatus.Absent => "nicht erschienen",
        AttendanceStatus.Excused => "entschuldigt",
        AttendanceStatus.Declined => "abgesagt",
        _ => "offen",
    };
}
