using JobConnect.Application.Common;
using JobConnect.Application.Access;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Schedule;
using JobConnect.Domain.Common;
using JobConnect.Infrastructure.Documents.Letters;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>
/// The fair-day documents as PDF: booth schedules (an employer its own, organizers any or all), and
/// for organizers the master schedule, check-in lists, overview sheet and the complete fair pack.
/// Access is checked by the use cases that load the data.
/// </summary>
public sealed class FairDayDocuments(
    GetBoothSchedule booths,
    GetScheduleGrid grids,
    ManagePhaseSettings phases,
    GetCheckInList checkIn,
    GetFairOverview overview,
    GetInvitationLetters letterData,
    InvitationLetters letters,
    TimeProvider clock)
{
    private static readonly PhaseKind[] Kinds = [PhaseKind.Morning, PhaseKind.Afternoon];

    /// <summary>One employer's booth schedule, a section per table; null when the employer has no booth at the current fair.</summary>
    public async Task<byte[]?> BoothScheduleAsync(UserScope scope, int employerId, CancellationToken ct = default) =>
        await booths.HandleAsync(scope, employerId, ct) is { } booth ? BoothSchedulePdf.Add(NewDocument("Gesprächsplan"), booth).ToPdf() : null;

    /// <summary>Every booth's schedule in one print PDF (organizers).</summary>
    public async Task<byte[]?> AllBoothSchedulesAsync(UserScope scope, CancellationToken ct = default)
    {
        var all = await booths.AllAsync(scope, ct);
        if (all.Count == 0)
        {
            return null;
        }
        var document = NewDocument("Gesprächspläne");
        foreach (var booth in all)
        {
            BoothSchedulePdf.Add(document, booth);
        }
        return document.ToPdf();
    }

    public async Task<byte[]?> MasterScheduleAsync(UserScope scope, CancellationToken ct = default) =>
        (await MasterScheduleDocumentAsync(scope, ct))?.ToPdf();

    public async Task<byte[]?> CheckInListsAsync(UserScope scope, CancellationToken ct = default) =>
        (await CheckInDocumentAsync(scope, ct))?.ToPdf();

    public async Task<byte[]?> OverviewAsync(UserScope scope, CancellationToken ct = default) =>
        await overview.HandleAsync(scope, ct) is { } o ? FairOverviewPdf.Add(NewDocument("Übersicht"), o).ToPdf() : null;

    /// <summary>
    /// The complete fair pack as one ZIP: letters per phase as print PDFs, every booth schedule, the
    /// master schedule, the check-in lists and the overview. Reports each written file; false without a fair.
    /// </summary>
    public async Task<bool> WriteFairPackAsync(UserScope scope, Stream destination, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        RequireOrganizer(scope);
        var figures = await overview.HandleAsync(scope, ct);
        if (figures is null)
        {
            return false;
        }
        var letterBatches = new List<(PhaseKind Kind, IReadOnlyList<InvitationLetterData> Data)>();
        foreach (var kind in Kinds)
        {
            letterBatches.Add((kind, await letterData.ForCurrentFairAsync(scope, kind, ct)));
        }
        var allBooths = await booths.AllAsync(scope, ct);
        var master = await MasterScheduleDocumentAsync(scope, ct);
        var checkInLists = await CheckInDocumentAsync(scope, ct);

        var files = new List<(string Name, Func<PdfDocumentBuilder> Build)>();
        foreach (var (kind, data) in letterBatches.Where(b => b.Data.Count > 0))
        {
            files.Add(($"Einladungen {FairDayText.Phase(kind)}", () => letters.CombinedDocument(data)));
        }
        files.AddRange(allBooths.Select(b => ($"Gesprächsplan {b.BoothLabel} {b.EmployerName}", (Func<PdfDocumentBuilder>)(() => BoothSchedulePdf.Add(NewDocument("Gesprächsplan"), b)))));
        if (master is not null)
        {
            files.Add(("Gesamtplan", () => master));
        }
        if (checkInLists is not null)
        {
            files.Add(("Check-in-Listen", () => checkInLists));
        }
        files.Add(("Übersicht", () => FairOverviewPdf.Add(NewDocument("Übersicht"), figures)));

        PdfZip.Write(destination, Built(files, progress, ct));
        return true;
    }

    public async Task<byte[]?> FairPackAsync(UserScope scope, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        return await WriteFairPackAsync(scope, buffer, progress, ct) ? buffer.ToArray() : null;
    }

    private static IEnumerable<(string, PdfDocumentBuilder)> Built(List<(string Name, Func<PdfDocumentBuilder> Build)> files, IProgress<DocumentProgress>? progress, CancellationToken ct)
    {
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return (files[i].Name, files[i].Build());
            progress?.Report(new DocumentProgress(i + 1, files.Count));
        }
    }

    private async Task<PdfDocumentBuilder?> MasterScheduleDocumentAsync(UserScope scope, CancellationToken ct)
    {
        RequireOrganizer(scope);
        var figures = await overview.HandleAsync(scope, ct);
        if (figures is null)
        {
            return null;
        }
        var list = new List<ScheduleGrid>();
        foreach (var phase in await phases.GetAsync(scope, ct))
        {
            if (await grids.HandleAsync(scope, phase.PhaseId, ct) is { } grid)
            {
                list.Add(grid);
            }
        }
        return MasterSchedulePdf.Add(NewDocument("Gesamtplan"), figures.FairName, figures.FairDate, list);
    }

    private async Task<PdfDocumentBuilder?> CheckInDocumentAsync(UserScope scope, CancellationToken ct)
    {
        RequireOrganizer(scope);
        var document = NewDocument("Check-in-Listen");
        foreach (var kind in Kinds)
        {
            if (await checkIn.HandleAsync(scope, kind, ct) is { } list)
            {
                CheckInListPdf.Add(document, list);
            }
        }
        return document.SectionCount == 0 ? null : document;
    }

    private static void RequireOrganizer(UserScope scope)
    {
        if (!scope.IsOrganizer)
        {
            throw new AccessDeniedException("Only organizers print the fair's documents.");
        }
    }

    private PdfDocumentBuilder NewDocument(string title) => new()
    {
        Title = title,
        Author = "JobConnect",
        CreatedAt = clock.FairNow(),
    };
}
