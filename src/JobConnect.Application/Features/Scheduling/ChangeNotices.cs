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

/// <summary>A person whose plan changed after they received it (organizers know people by the participant number).</summary>
public sealed record PendingChangeNotice(int InvitationId, string ParticipantNumber, string Name, string Phase, int PlanVersion, int SentVersion, bool ByEmail,
    InvitationStatus Status, int SlotMinutes);

/// <summary>How a batch of change notices went out: by e-mail, and the rest in one print file.</summary>
/// <param name="PaperFile">Notices to print and post (no e-mail consent, mail off, or refused by the server); null when all went by e-mail.</param>
public sealed record ChangeNoticeBatch(int Mailed, int OnPaper, int MailFailed, FileContent? PaperFile);

/// <summary>The change notice: the invitation letter's content with the new plan, headed as a change.</summary>
public sealed record ChangeNoticeData(InvitationLetterData Letter) : IPrintable;

/// <summary>
/// Change notices for plans that changed after the letters went out: who needs one, and sending them all
/// in one step — by e-mail where the person agreed to it, on paper otherwise. Each person is then marked
/// as having received the version the notice shows, and each notice is recorded as a
/// <see cref="LetterDispatch"/>. Organizers only.
/// </summary>
public sealed class ChangeNotices(
    IDbContextFactory<JobConnectDbContext> dbFactory, GetInvitations invitations, IDocumentRenderer renderer, IMailSender mail, IPlanCalendar calendar,
    TimeProvider clock)
{
    /// <summary>Everyone of the current fair whose plan version is newer than the one they received (not the absent).</summary>
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
                && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled
                // Not posted to people marked absent: their conversations were freed because they did not come,
                // and should they still arrive, the desk hands them their current plan.
                && i.Status != InvitationStatus.NoShow)
            .Select(i => new
            {
                i.Id,
                i.Jobseeker!.FirstName,
                i.Jobseeker.LastName,
                i.FairPhase!.Name,
                i.PlanVersion,
                i.Status,
                i.FairPhase.SlotMinutes,
                Sent = i.PlanVersionSent!.Value,
                ByEmail = i.Jobseeker.Email != null && i.Jobseeker.Email != ""
                    && i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Select(r => new PendingChangeNotice(r.Id, ParticipantNumber.Of(r.Id), $"{r.FirstName} {r.LastName}", r.Name, r.PlanVersion, r.Sent, r.ByEmail && mail.Enabled, r.Status, r.SlotMinutes))];
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
                    var notice = pending.Single(p => p.InvitationId == online[i].InvitationId);
                    if (!await connection.SendAsync(Message(online[i], notice), ct))
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
        var onPaper = paper.Select(l => l.InvitationId).ToHashSet();
        await RecordAsync(scope, pending.Where(p => letters.Any(l => l.InvitationId == p.InvitationId)),
            p => onPaper.Contains(p.InvitationId) ? DispatchChannel.Print : DispatchChannel.Email, ct);
        return new ChangeNoticeBatch(letters.Count - paper.Count, paper.Count, failed, file);
    }

    /// <summary>
    /// Records each notice as a <see cref="LetterDispatch"/> (kind change notice, channel, the plan version it
    /// printed), one batch per sending — the proof of what each person was told.
    /// </summary>
    private async Task RecordAsync(UserScope scope, IEnumerable<PendingChangeNotice> sent, Func<PendingChangeNotice, DispatchChannel> channel, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        db.LetterDispatches.AddRange(sent.Select(p => new LetterDispatch
        {
            InvitationId = p.InvitationId,
            Kind = LetterKind.ChangeNotice,
            Channel = channel(p),
            PlanVersion = p.PlanVersion,
            IssuedUtc = now,
            IssuedByUserId = scope.UserId,
            BatchId = batch,
            StatusBefore = p.Status,
        }));
        await db.SaveChangesAsync(ct);
    }

    public static PrintDocument Document(IEnumerable<InvitationLetterData> letters) =>
        new("Änderung des Gesprächsplans", [.. letters.Select(l => new ChangeNoticeData(l))]);

    /// <summary>
    /// The cover text in the person's letter language (<see cref="PersonalMail"/>), the notice as PDF, and the new plan as a
    /// calendar file in that language that replaces the older one (same UID, higher sequence).
    /// </summary>
    private MailMessage Message(InvitationLetterData letter, PendingChangeNotice notice)
    {
        var text = PersonalMail.ChangeNotice(letter);
        var pdf = renderer.Render(Document([letter]));
        return new MailMessage(letter.Recipient.FullName, letter.Recipient.Email!, text.Subject, text.Body,
            [
                new FileContent($"Planänderung {letter.ReferenceNumber}.pdf", FileContent.Pdf, pdf),
                calendar.Write(new PlanCalendar($"invitation-{letter.InvitationId}", notice.PlanVersion, letter.Fair.Name, letter.Fair.Date,
                    letter.Fair.Venue, letter.Fair.VenueAddress, letter.ArrivalFrom ?? letter.PhaseStart, letter.PhaseEnd, notice.SlotMinutes,
                    letter.Conversations, Informal: letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver,
                    Language: letter.Recipient.Language, EasyLanguage: letter.Recipient.EasyLanguage)),
            ]);
    }
}
