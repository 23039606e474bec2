using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// One step of an invitation's process inside the caller's transaction, for everyone who moves it
/// (caseworkers, organizers, the person on their own page): guarded by the old status, so of two
/// parallel steps only one goes through and a seat is given back exactly once.
/// </summary>
internal static class InvitationSteps
{
    /// <summary>False when the step is not possible from the current status or a parallel request took it first.</summary>
    public static async Task<bool> TryChangeAsync(this JobConnectDbContext db, Invitation invitation, InvitationStatus status, string byUserId, DateTime atUtc,
        string? note, CancellationToken ct)
    {
        if (!invitation.CanChangeTo(status))
        {
            return false;
        }
        var before = invitation.Status;
        var heldSeat = invitation.HoldsSeat;
        invitation.ChangeStatus(status, byUserId, atUtc, note);
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
        return true;
    }
}
