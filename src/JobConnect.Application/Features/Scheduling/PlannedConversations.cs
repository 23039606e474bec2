using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>One conversation of a person's plan, as the letter and the invitations page show it.</summary>
public sealed record PlannedConversation(TimeOnly Start, string Employer, string Booth, int Table, string? Vacancy);

public static class PlannedConversations
{
    /// <summary>The stored plans of the given invitations, by invitation id, each ordered by time.</summary>
    public static async Task<ILookup<int, PlannedConversation>> PlansOfAsync(this JobConnectDbContext db, IReadOnlyCollection<int> invitationIds, CancellationToken ct) =>
        (await db.Conversations.AsNoTracking()
            .Where(c => invitationIds.Contains(c.InvitationId))
            .OrderBy(c => c.SlotStart)
            .Select(c => new
            {
                c.InvitationId,
                Planned = new PlannedConversation(c.SlotStart, c.Booth!.Employer!.Name, c.Booth.Label, c.TableNumber,
                    db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault()),
            })
            .ToListAsync(ct))
        .ToLookup(c => c.InvitationId, c => c.Planned);
}
