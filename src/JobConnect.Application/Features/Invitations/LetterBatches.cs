using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Ports;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>A batch of letters as the invitations page lists it, newest first.</summary>
public sealed record LetterBatch(Guid Id, LetterKind Kind, DispatchChannel Channel, DateTime IssuedUtc, int Letters, DateTime? UndoneUtc);

/// <summary>
/// Proof of dispatch: printing or mailing letters records, per person, that a letter went out, how and
/// when (<see cref="LetterDispatch"/>), gives each letter its own personal link, and moves "planned" to
/// "invited" in the same transaction. A batch printed by mistake is undone as a whole: its links stop
/// working and whoever it moved to "invited" is "planned" again — unless another letter still stands.
/// </summary>
public sealed class LetterBatches(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IAppAddress address)
{
    /// <summary>
    /// Records one batch for <paramref name="letters"/> (already loaded in the user's scope) and returns
    /// them with their personal links, ready to print.
    /// </summary>
    public async Task<IReadOnlyList<InvitationLetterData>> IssueAsync(UserScope scope, IReadOnlyList<InvitationLetterData> letters, DispatchChannel channel,
        CancellationToken ct = default)
    {
        var linked = WithLinks(letters);
        await RecordAsync(scope, linked, channel, ct);
        return linked;
    }

    /// <summary>Each letter with a new personal link of its own; nothing is stored until <see cref="RecordAsync"/>.</summary>
    public IReadOnlyList<InvitationLetterData> WithLinks(IReadOnlyList<InvitationLetterData> letters) =>
        address.BaseAddress is { } baseAddress ? [.. letters.Select(l => l with { Link = PersonalLinks.New(baseAddress, l.CheckInCode) })] : letters;

    /// <summary>Records that these letters (with their links) went out, as one batch; planned invitations become invited.</summary>
    public async Task RecordAsync(UserScope scope, IReadOnlyList<InvitationLetterData> linked, DispatchChannel channel, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        if (linked.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var batchId = Guid.NewGuid();
        var ids = linked.Select(l => l.InvitationId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitations = await db.InvitationsVisibleTo(scope).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        foreach (var letter in linked)
        {
            var invitation = invitations[letter.InvitationId];
            db.LetterDispatches.Add(new LetterDispatch
            {
                InvitationId = invitation.Id,
                Kind = LetterKind.Invitation,
                Channel = channel,
                IssuedUtc = now,
                IssuedByUserId = scope.UserId,
                BatchId = batchId,
                StatusBefore = invitation.Status,
                PageTokenHash = letter.Link?.Hash,
            });
            if (invitation.Status == InvitationStatus.Planned)
            {
                invitation.ChangeStatus(InvitationStatus.Invited, scope.UserId, now, channel == DispatchChannel.Print ? "letter printed" : "letter mailed");
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The user's recent batches of invitation letters (organizers: everyone's), newest first.</summary>
    public async Task<IReadOnlyList<LetterBatch>> ListAsync(UserScope scope, int take = 10, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.InvitationsVisibleTo(scope).Select(i => i.Id);
        return await db.LetterDispatches.AsNoTracking()
            .Where(d => d.Kind == LetterKind.Invitation && visible.Contains(d.InvitationId) && (scope.IsOrganizer || d.IssuedByUserId == scope.UserId))
            .GroupBy(d => d.BatchId)
            .Select(g => new { BatchId = g.Key, Kind = g.Min(d => d.Kind), Channel = g.Min(d => d.Channel), Issued = g.Max(d => d.IssuedUtc), Count = g.Count(), Undone = g.Max(d => d.UndoneUtc) })
            .OrderByDescending(b => b.Issued)
            .Take(take)
            .Select(b => new LetterBatch(b.BatchId, b.Kind, b.Channel, b.Issued, b.Count, b.Undone))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Undoes a batch of invitation letters: its links stop working, and each person it moved from
    /// planned to invited goes back to planned when no other letter of theirs stands and nothing
    /// happened since (a confirmation stays). Returns how many people went back; 0 for a second click.
    /// </summary>
    /// <exception cref="NotFoundException">No such batch among the user's own (organizers: anyone's in scope).</exception>
    public async Task<int> UndoAsync(UserScope scope, Guid batchId, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var visible = db.InvitationsVisibleTo(scope).Select(i => i.Id);
        var letters = await db.LetterDispatches
            .Where(d => d.BatchId == batchId && d.Kind == LetterKind.Invitation && visible.Contains(d.InvitationId)
                        && (scope.IsOrganizer || d.IssuedByUserId == scope.UserId))
            .ToListAsync(ct);
        if (letters.Count == 0)
        {
            throw new NotFoundException($"Letter batch {batchId} not found.");
        }
        // Guarded by "not undone yet": of two parallel undos only one marks the letters.
        var marked = await db.LetterDispatches.Where(d => d.BatchId == batchId && d.UndoneUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.UndoneUtc, now).SetProperty(d => d.UndoneByUserId, scope.UserId), ct);
        if (marked == 0)
        {
            return 0;
        }

        var movedIds = letters.Where(d => d.StatusBefore == InvitationStatus.Planned).Select(d => d.InvitationId).ToList();
        var stillLettered = await db.LetterDispatches
            .Where(d => movedIds.Contains(d.InvitationId) && d.Kind == LetterKind.Invitation && d.UndoneUtc == null)
            .Select(d => d.InvitationId).Distinct().ToListAsync(ct);
        var back = await db.Invitations.Where(i => movedIds.Contains(i.Id) && !stillLettered.Contains(i.Id) && i.Status == InvitationStatus.Invited)
            .ToListAsync(ct);
        foreach (var invitation in back)
        {
            invitation.UndoInvited(scope.UserId, now);
        }
        await db.AddAuditAsync(scope, clock, AuditActions.LettersUndone, AuditLog.Letters, letters.Count, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return back.Count;
    }
}
