using JobConnect.Application.Access;
using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>
/// The organizer takes one conversation out of the plan, e.g. when an employer asks for it.
/// The person's arrival window follows their new first conversation (none left: no window).
/// </summary>
public sealed class RemoveConversation(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    /// <exception cref="NotFoundException">The conversation no longer exists (e.g. removed at another desk).</exception>
    public async Task HandleAsync(UserScope scope, int conversationId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var conversation = await db.Conversations.Include(c => c.Invitation!).ThenInclude(i => i.FairPhase)
            .SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null)
        {
            throw new NotFoundException($"Conversation {conversationId} does not exist.");
        }
        db.Conversations.Remove(conversation);
        var invitation = conversation.Invitation!;
        invitation.PlanVersion++;
        var first = await db.Conversations.Where(c => c.InvitationId == invitation.Id && c.Id != conversation.Id)
            .OrderBy(c => c.SlotStart).Select(c => (TimeOnly?)c.SlotStart).FirstOrDefaultAsync(ct);
        (invitation.ArrivalFrom, invitation.ArrivalTo) = first is { } start
            ? (start.AddMinutes(-invitation.FairPhase!.SlotMinutes), start)
            : ((TimeOnly?)null, (TimeOnly?)null);
        await db.SaveChangesAsync(ct);
    }
}
