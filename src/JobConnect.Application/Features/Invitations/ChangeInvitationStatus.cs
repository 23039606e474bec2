using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
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
            throw scope.Refused($"The role may not set invitations to {status}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await db.InvitationsVisibleTo(scope).SingleOrDefaultAsync(i => i.Id == invitationId, ct)
            ?? throw new NotFoundException($"Invitation {invitationId} is not in the user's scope.");
        if (!await db.TryChangeAsync(invitation, status, scope.UserId, clock.GetUtcNow().UtcDateTime, note, ct))
        {
            throw new BusinessRuleException(NotChanged);
        }
        await db.AddAuditAsync(scope, clock, AuditActions.InvitationPrefix + status, AuditLog.Jobseeker, invitation.JobseekerId, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
