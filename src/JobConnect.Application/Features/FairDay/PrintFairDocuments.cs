using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;

namespace JobConnect.Application.Features.FairDay;

/// <summary>
/// "Print the fair pack" and its parts as PDF: booth schedules (an employer its own, organizers any or
/// all), and for organizers the master schedule, check-in lists, overview sheet and the complete pack.
/// Access is decided by the use cases that load each part; null means there is nothing to print yet.
/// </summary>
public sealed class PrintFairDocuments(
    GetBoothSchedule booths,
    GetScheduleGrid grids,
    GetCheckInList checkIn,
    GetFairOverview overview,
    GetInvitations invitations,
    LetterBatches letterBatches,
    IDocumentRenderer renderer)
{
    /// <summary>One employer's booth schedule, a section per table; null when the employer has no booth at the current fair.</summary>
    public async Task<FileContent?> BoothScheduleAsync(UserScope scope, int employerId, CancellationToken ct = default) =>
        await booths.HandleAsync(scope, employerId, ct) is { } booth ? Pdf($"gespraechsplan-{booth.BoothLabel}.pdf", BoothDocument(booth)) : null;

    /// <summary>Every booth's schedule in one print PDF (organizers).</summary>
    public async Task<FileContent?> AllBoothSchedulesAsync(UserScope scope, CancellationToken ct = default) =>
        await booths.AllAsync(scope, ct) is { Count: > 0 } all ? Pdf("gespraechsplaene.pdf", new PrintDocument("Gesprächspläne", all)) : null;

    public async Task<FileContent?> MasterScheduleAsync(UserScope scope, CancellationToken ct = default) =>
        await grids.CurrentFairAsync(scope, ct) is { } master ? Pdf("gesamtplan.pdf", MasterDocument(master)) : null;

    public async Task<FileContent?> CheckInListsAsync(UserScope scope, CancellationToken ct = default) =>
        await CheckInDocumentAsync(scope, ct) is { } document ? Pdf("check-in-listen.pdf", document) : null;

    public async Task<FileContent?> OverviewAsync(UserScope scope, CancellationToken ct = default) =>
        await overview.HandleAsync(scope, ct) is { } figures ? Pdf("uebersicht.pdf", OverviewDocument(figures)) : null;

    /// <summary>
    /// The complete fair pack as one ZIP: letters per phase as print PDFs, every booth schedule, the
    /// master schedule, the check-in lists and the overview. Reports each written file; null without a fair.
    /// </summary>
    public async Task<FileContent?> FairPackAsync(UserScope scope, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        if (await overview.HandleAsync(scope, ct) is not { } figures)
        {
            return null;
        }
        var files = new List<PrintFile>();
        foreach (var phase in figures.Phases)
        {
            if (await invitations.LettersAsync(scope, phase.PhaseId!.Value, ct) is { Count: > 0 } loaded)
            {
                // Letters in the pack go out like any others: recorded per person, each with its own link.
                var letters = await letterBatches.IssueAsync(scope, loaded, Domain.Invitations.DispatchChannel.Print, ct);
                files.Add(new PrintFile($"Einladungen {phase.Name}", PrintInvitationLetters.Document(letters)));
            }
        }
        files.AddRange((await booths.AllAsync(scope, ct)).Select(b => new PrintFile($"Gesprächsplan {b.BoothLabel} {b.EmployerName}", BoothDocument(b))));
        if (await grids.CurrentFairAsync(scope, ct) is { } master)
        {
            files.Add(new PrintFile("Gesamtplan", MasterDocument(master)));
        }
        if (await CheckInDocumentAsync(scope, ct) is { } checkInLists)
        {
            files.Add(new PrintFile("Check-in-Listen", checkInLists));
        }
        files.Add(new PrintFile("Übersicht", OverviewDocument(figures)));
        return new FileContent("messepaket.zip", FileContent.Zip, renderer.RenderZip(files, progress, ct));
    }

    private async Task<PrintDocument?> CheckInDocumentAsync(UserScope scope, CancellationToken ct)
    {
        var lists = new List<IPrintable>();
        foreach (var phase in (await overview.HandleAsync(scope, ct))?.Phases ?? [])
        {
            if (await checkIn.HandleAsync(scope, phase.PhaseId!.Value, ct) is { } list)
            {
                lists.Add(list);
            }
        }
        return lists.Count == 0 ? null : new PrintDocument("Check-in-Listen", lists);
    }

    private static PrintDocument BoothDocument(BoothSchedule booth) => new("Gesprächsplan", [booth]);

    private static PrintDocument MasterDocument(MasterSchedule master) => new("Gesamtplan", [master]);

    private static PrintDocument OverviewDocument(FairOverview figures) => new("Übersicht", [figures]);

    private FileContent Pdf(string name, PrintDocument document) => new(name, FileContent.Pdf, renderer.Render(document));
}
