using JobConnect.Application.Common;
using JobConnect.Application.Features.Attendance;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Infrastructure.Documents.FairDay;
using JobConnect.Infrastructure.Documents.Letters;
using JobConnect.Infrastructure.Documents.Reports;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// The document port over the SkiaSharp layout layer: each kind of printable content has its
/// composer (<see cref="InvitationLetter"/>, <see cref="BoothSchedulePdf"/> …); metadata carries the fair clock's time.
/// </summary>
public sealed class PdfDocumentRenderer(TimeProvider clock) : IDocumentRenderer
{
    public byte[] Render(PrintDocument document) => Build(document).ToPdf();

    public byte[] RenderZip(IReadOnlyList<PrintFile> files, IProgress<DocumentProgress>? progress, CancellationToken ct) =>
        PdfZip.Create(Built(files, progress, ct));

    /// <summary>One document per file, built only when the ZIP asks for it, so memory stays flat and progress is real.</summary>
    private IEnumerable<(string, PdfDocumentBuilder)> Built(IReadOnlyList<PrintFile> files, IProgress<DocumentProgress>? progress, CancellationToken ct)
    {
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return (files[i].Name, Build(files[i].Document));
            progress?.Report(new DocumentProgress(i + 1, files.Count));
        }
    }

    internal PdfDocumentBuilder Build(PrintDocument document)
    {
        var pdf = new PdfDocumentBuilder { Title = document.Title, Author = AuthorOf(document), Language = LanguageOf(document), CreatedAt = clock.FairNow() };
        foreach (var part in document.Parts)
        {
            _ = part switch
            {
                InvitationLetterData letter => InvitationLetter.Add(pdf, letter),
                ChangeNoticeData notice => InvitationLetter.AddChangeNotice(pdf, notice),
                BoothSchedule booth => BoothSchedulePdf.Add(pdf, booth),
                MasterSchedule master => MasterSchedulePdf.Add(pdf, master),
                CheckInList list => CheckInListPdf.Add(pdf, list),
                FairOverview overview => FairOverviewPdf.Add(pdf, overview),
                PlanSlip slip => FairDaySlipsPdf.Add(pdf, slip),
                AppointmentSlip slip => FairDaySlipsPdf.Add(pdf, slip),
                FunnelSummary summary => FunnelSummaryPdf.Add(pdf, summary),
                AttendanceList attendance => AttendanceListPdf.Add(pdf, attendance),
                _ => throw new NotSupportedException($"No layout for {part.GetType().Name}."),
            };
        }
        return pdf;
    }

    /// <summary>Letters are the agency's: its name when all letters come from one agency.</summary>
    private static string AuthorOf(PrintDocument document) =>
        document.Parts.Select(p => (p as InvitationLetterData ?? (p as ChangeNoticeData)?.Letter)?.Agency.Name).Distinct().ToList() is [{ } agency]
            ? agency
            : "JobConnect";

    /// <summary>The language all parts are written in; a batch in several languages is declared German, the frame all letters share.</summary>
    private static string LanguageOf(PrintDocument document) =>
        document.Parts.Select(p => p switch
        {
            InvitationLetterData letter => InvitationLetter.LanguageTag(letter),
            ChangeNoticeData notice => InvitationLetter.LanguageTag(notice.Letter),
            PlanSlip slip => LetterTexts.For(slip.Language, slip.EasyLanguage)?.Language ?? "de-DE",
            AppointmentSlip slip => LetterTexts.For(slip.Language, slip.EasyLanguage)?.Language ?? "de-DE",
            _ => "de-DE",
        }).Distinct().ToList() is [var only] ? only : "de-DE";
}
