using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// Moves an invitation along its process. Caseworkers handle their own agency's invitations up to the
/// fair and excuse an absence of their own clients; organizers also check people in (arrived / no-show). A decline or cancellation gives the seat back.
/// </summary>
public sealed class ChangeInvitationStatus(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    private static readonly InvitationStatus[] CaseworkerSteps =
        [InvitationStatus.Invited, InvitationStatus.Confirmed, InvitationStatus.Declined, InvitationStatus.Cancelled, InvitationStatus.Excused];

    /// <returns>False when the step is not possible from the current status (e.g. a second click on "cancel").</returns>
    /// <exception cref="AccessDeniedException">The user may not change this invitation; also for ids outside the user's scope.</exception>
    public async Task<bool> HandleAsync(UserScope scope, int invitationId, InvitationStatus status, string? note = null, CancellationToken ct = default)
    {
        var allowed = scope.IsOrganizer || (scope.IsCaseworker && CaseworkerSteps.Contains(status));
        if (!allowed)
        {
            throw new AccessDeniedException($"The role may not set invitations to {status}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await db.InvitationsVisibleTo(scope).SingleOrDefaultAsync(i => i.Id == invitationId, ct)
            ?? throw new AccessDeniedException("No such invitation in the user's scope.");
        if (!invitation.CanChangeTo(status))
        {
            return false;
        }

        var before = invitation.Status;
        var heldSeat = invitation.HoldsSeat;
        invitation.ChangeStatus(status, scope.UserId, clock.GetUtcNow().UtcDateTime, note);
        // Guarded by the old status: of two parallel changes only one goes through, so a seat is given back once.
        var changed = await db.Invitations.Where(i => i.Id == invitation.Id && i.Status == before)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status), ct);
        if (changed == 0)
        {
            return false;
        }
        if (heldSeat && !invitation.HoldsSeat)
        {
            await db.GiveBackAsync(invitation.AgencyId, invitation.FairPhaseId, ct);
            // Nobody expects them any more: their conversations leave the booth schedules, the grid and the counts.
            await db.Conversations.Where(c => c.InvitationId == invitation.Id).ExecuteDeleteAsync(ct);
        }
        await db.AddAuditAsync(scope, clock, AuditActions.InvitationPrefix + status, AuditLog.Jobseeker, invitation.JobseekerId, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
