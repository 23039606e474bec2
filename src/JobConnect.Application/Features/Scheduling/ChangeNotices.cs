using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>A person whose plan changed after they received it.</summary>
public sealed record PendingChangeNotice(int InvitationId, string ReferenceNumber, string Name, PhaseKind Phase, int PlanVersion, int SentVersion, bool ByEmail);

/// <summary>How a batch of change notices went out: by e-mail, and the rest in one print file.</summary>
/// <param name="PaperFile">Notices to print and post (no e-mail consent, mail off, or refused by the server); null when all went by e-mail.</param>
public sealed record ChangeNoticeBatch(int Mailed, int OnPaper, int MailFailed, FileContent? PaperFile);

/// <summary>The change notice: the invitation letter's content with the new plan, headed as a change.</summary>
public sealed record ChangeNoticeData(InvitationLetterData Letter) : IPrintable;

/// <summary>
/// Change notices for plans that changed after the letters went out: who needs one, and sending them all
/// in one step — by e-mail where the person agreed to it, on paper otherwise. Each person is then marked
/// as having received the version the notice shows. Organizers only.
/// </summary>
public sealed class ChangeNotices(
    IDbContextFactory<JobConnectDbContext> dbFactory, GetInvitations invitations, IDocumentRenderer renderer, IMailSender mail, TimeProvider clock)
{
    /// <summary>Everyone of the current fair whose plan version is newer than the one they received.</summary>
    public async Task<IReadOnlyList<PendingChangeNotice>> PendingAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return [];
        }

        var rows = await db.Invitations.AsNoTracking()
            .Where(i => i.FairId == fair.Id && i.PlanVersionSent != null && i.PlanVersion > i.PlanVersionSent
                && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            .Select(i => new
            {
                i.Id,
                i.Jobseeker!.ReferenceNumber,
                i.Jobseeker.FirstName,
                i.Jobseeker.LastName,
                i.FairPhase!.Kind,
                i.PlanVersion,
                Sent = i.PlanVersionSent!.Value,
                ByEmail = i.Jobseeker.Email != null && i.Jobseeker.Email != ""
                    && i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Select(r => new PendingChangeNotice(r.Id, r.ReferenceNumber, $"{r.FirstName} {r.LastName}", r.Kind, r.PlanVersion, r.Sent, r.ByEmail && mail.Enabled))];
    }

    /// <summary>
    /// Sends every pending notice: e-mail where agreed and switched on, the rest (and any the server refused)
    /// as one PDF to print. An unreachable server puts everyone on paper.
    /// </summary>
    public async Task<ChangeNoticeBatch> SendAsync(UserScope scope, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        var pending = await PendingAsync(scope, ct);
        if (pending.Count == 0)
        {
            return new ChangeNoticeBatch(0, 0, 0, null);
        }

        // Loading the letters records the plan version each person now receives.
        var letters = await invitations.LettersForAsync(scope, [.. pending.Select(p => p.InvitationId)], ct);
        var paper = letters.Where(l => !mail.Enabled || string.IsNullOrWhiteSpace(l.Recipient.Email)).ToList();
        var online = letters.Except(paper).ToList();
        var failed = 0;
        if (online.Count > 0)
        {
            try
            {
                await using var connection = await mail.ConnectAsync(ct);
                for (var i = 0; i < online.Count; i++)
                {
                    if (!await connection.SendAsync(Message(online[i]), ct))
                    {
                        paper.Add(online[i]);
                        failed++;
                    }

                    progress?.Report(new DocumentProgress(i + 1, online.Count));
                }
            }
            catch (MailServerException)
            {
                paper = [.. letters];
                failed = online.Count;
            }
        }

        var file = paper.Count == 0 ? null
            : new FileContent("aenderungsmitteilungen.pdf", FileContent.Pdf, renderer.Render(Document(paper)));
        return new ChangeNoticeBatch(letters.Count - paper.Count, paper.Count, failed, file);
    }

    /// <summary>One person's change notice, e.g. handed out at the desk; it records the version received, too.</summary>
    public async Task<FileContent> NoticeAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        var letter = await invitations.LetterAsync(scope, invitationId, ct);
        return new FileContent($"planaenderung-{letter.ReferenceNumber}.pdf", FileContent.Pdf, renderer.Render(Document([letter])));
    }

    public static PrintDocument Document(IEnumerable<InvitationLetterData> letters) =>
        new("Änderung des Gesprächsplans", [.. letters.Select(l => new ChangeNoticeData(l))]);

    private MailMessage Message(InvitationLetterData letter)
    {
        var young = letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver;
        var body = $"{LetterWording.Salutation(letter.Recipient)}\n\n"
            + (young
                ? "dein Gesprächsplan für die Jobmesse hat sich geändert. Im Anhang findest du deinen neuen Plan – "
                    + "der alte gilt nicht mehr. Dein Check-in-Code bleibt gleich."
                : "Ihr Gesprächsplan für die Jobmesse hat sich geändert. Im Anhang finden Sie Ihren neuen Plan; "
                    + "frühere Pläne gelten nicht mehr. Ihr Check-in-Code bleibt gleich.")
            + $"\n\n{(young ? "Viele Grüße" : "Mit freundlichen Grüßen")}\n{letter.Agency.Name}\n";
        var pdf = renderer.Render(Document([letter]));
        return new MailMessage(letter.Recipient.FullName, letter.Recipient.Email!,
            $"{(young ? "Dein Gesprächsplan hat sich geändert" : "Änderung Ihres Gesprächsplans")} – Jobmesse „{letter.Fair.Name}“ am {GermanWording.Date(letter.Fair.Date)}", body,
            [new FileContent($"Planänderung {letter.ReferenceNumber}.pdf", FileContent.Pdf, pdf)]);
    }
}
