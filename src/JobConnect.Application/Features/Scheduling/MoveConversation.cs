using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>
/// The organizer moves one conversation to another table or slot. The conflict check runs before the
/// write and the unique indexes (person × slot, table × slot) hold even against a parallel move.
/// A moved conversation is pinned: the next scheduler run keeps the organizer's decision.
/// </summary>
public sealed class MoveConversation(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    /// <exception cref="NotFoundException">The conversation no longer exists.</exception>
    /// <exception cref="BusinessRuleException">The place is taken, does not exist in the phase, or the person may not meet that employer;
    /// the key is one of <see cref="MoveRefusals"/>.</exception>
    public async Task HandleAsync(UserScope scope, int conversationId, int boothId, int tableNumber, TimeOnly slotStart, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var conversation = await db.Conversations.Include(c => c.Invitation!).ThenInclude(i => i.FairPhase)
            .Include(c => c.Invitation!).ThenInclude(i => i.Jobseeker!).ThenInclude(j => j.EmployerExclusions)
            .SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null)
        {
            throw new NotFoundException($"Conversation {conversationId} does not exist.");
        }
        var phase = conversation.Invitation!.FairPhase!;
        var booth = await db.Booths.AsNoTracking().SingleOrDefaultAsync(b => b.Id == boothId && b.FairId == phase.FairId, ct);
        if (booth is null || tableNumber < 1 || tableNumber > booth.Tables || !booth.Phases.HasFlag(phase.TargetGroup.ToSet()) || !phase.SlotStarts().Contains(slotStart))
        {
            throw new BusinessRuleException(MoveRefusals.NoSuchPlace);
        }

        var others = db.Conversations.Where(c => c.Id != conversation.Id && c.Invitation!.FairPhaseId == phase.Id);
        if (await others.AnyAsync(c => c.InvitationId == conversation.InvitationId && c.SlotStart == slotStart, ct))
        {
            throw new BusinessRuleException(MoveRefusals.PersonBusy);
        }
        if (await others.AnyAsync(c => c.BoothId == boothId && c.TableNumber == tableNumber && c.SlotStart == slotStart, ct))
        {
            throw new BusinessRuleException(MoveRefusals.TableBusy);
        }
        var employerBoothIds = db.Booths.Where(b => b.EmployerId == booth.EmployerId).Select(b => b.Id);
        if (conversation.Invitation.Jobseeker!.Excludes(booth.EmployerId)
            || await others.AnyAsync(c => c.InvitationId == conversation.InvitationId && employerBoothIds.Contains(c.BoothId), ct))
        {
            throw new BusinessRuleException(MoveRefusals.EmployerNotAllowed);
        }

        if (booth.Id != conversation.BoothId)
        {
            conversation.VacancyId = null; // the vacancy belonged to the other employer
        }
        (conversation.BoothId, conversation.TableNumber, conversation.SlotStart, conversation.Pinned) = (booth.Id, tableNumber, slotStart, true);
        conversation.Invitation.PlanVersion++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel move took the place between the check and the write.
            throw new BusinessRuleException(MoveRefusals.TableBusy);
        }
    }
}

/// <summary>Why a move is refused: resource keys of the texts the organizer reads.</summary>
public static class MoveRefusals
{
    /// <summary>The person already has a conversation in that slot.</summary>
    public const string PersonBusy = "Schedule.Move.PersonBusy";

    /// <summary>The table already holds a conversation in that slot.</summary>
    public const string TableBusy = "Schedule.Move.TableBusy";

    /// <summary>Not a slot of the phase, or the booth has no such table or does not attend the phase.</summary>
    public const string NoSuchPlace = "Schedule.Move.NoSuchPlace";

    /// <summary>The person has blocked this employer, or already meets it in another slot.</summary>
    public const string EmployerNotAllowed = "Schedule.Move.EmployerNotAllowed";
}
