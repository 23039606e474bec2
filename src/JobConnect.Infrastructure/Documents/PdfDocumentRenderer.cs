using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Infrastructure.Documents.FairDay;
using JobConnect.Infrastructure.Documents.Letters;

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
        var pdf = new PdfDocumentBuilder { Title = document.Title, Author = "JobConnect", CreatedAt = clock.FairNow() };
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
                _ => throw new NotSupportedException($"No layout for {part.GetType().Name}."),
            };
        }
        return pdf;
    }
}
