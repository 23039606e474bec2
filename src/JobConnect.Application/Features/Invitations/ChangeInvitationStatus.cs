using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// Moves an invitation along its process. Caseworkers handle their own agency's invitations up to the
/// fair; organizers also check people in (arrived / no-show). A decline or cancellation gives the seat back.
/// </summary>
public sealed class ChangeInvitationStatus(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    private static readonly InvitationStatus[] CaseworkerSteps =
        [InvitationStatus.Invited, InvitationStatus.Confirmed, InvitationStatus.Declined, InvitationStatus.Cancelled];

    /// <summary>Resource key of the refusal when the step is not possible from the current status (e.g. a second click on "cancel").</summary>
    public const string NotChanged = "Invitations.NotChanged";

    /// <exception cref="AccessDeniedException">The role may not set this status.</exception>
    /// <exception cref="NotFoundException">No such invitation in the user's scope.</exception>
    /// <exception cref="BusinessRuleException">The step is not possible from the current status (<see cref="NotChanged"/>).</exception>
    public async Task HandleAsync(UserScope scope, int invitationId, InvitationStatus status, string? note = null, CancellationToken ct = default)
    {
        var allowed = scope.IsOrganizer || (scope.IsCaseworker && CaseworkerSteps.Contains(status));
        if (!allowed)
        {
            throw new AccessDeniedException($"The role may not set invitations to {status}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await db.InvitationsVisibleTo(scope).SingleOrDefaultAsync(i => i.Id == invitationId, ct)
            ?? throw new NotFoundException($"Invitation {invitationId} is not in the user's scope.");
        if (!invitation.CanChangeTo(status))
        {
            throw new BusinessRuleException(NotChanged);
        }

        var before = invitation.Status;
        var heldSeat = invitation.HoldsSeat;
        invitation.ChangeStatus(status, scope.UserId, clock.GetUtcNow().UtcDateTime, note);
        // Guarded by the old status: of two parallel changes only one goes through, so a seat is given back once.
        var changed = await db.Invitations.Where(i => i.Id == invitation.Id && i.Status == before)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status), ct);
        if (changed == 0)
        {
            throw new BusinessRuleException(NotChanged);
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
    }
}
