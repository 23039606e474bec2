using JobConnect.Application.Data;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FollowUps;

/// <summary>
/// Creates the follow-up tasks that are missing: for every client of an agency with a positive outcome
/// (interview agreed, next step, documents requested, hired) at a fair that has taken place, one per milestone. Runs whenever
/// the list is opened, so outcomes recorded late still get their tasks; the unique index keeps it to one.
/// </summary>
internal static class FollowUpPlanner
{
    public static readonly OutcomeKind[] Positive = [OutcomeKind.InterviewAppointment, OutcomeKind.NextStep, OutcomeKind.SendDocuments, OutcomeKind.Hired];

    public static async Task EnsureAsync(JobConnectDbContext db, int agencyId, DateOnly today, CancellationToken ct)
    {
        var due = await db.Conversations.AsNoTracking()
            .Where(c => c.Invitation!.AgencyId == agencyId && c.Outcome != null && Positive.Contains(c.Outcome.Kind))
            .Where(c => db.Fairs.Any(f => f.Id == c.Invitation!.FairId && f.Date <= today))
            .Where(c => !db.FrozenStatistics.Any(s => s.FairId == c.Invitation!.FairId))
            .Select(c => new { c.InvitationId, c.Invitation!.FairId, FairDate = db.Fairs.Where(f => f.Id == c.Invitation.FairId).Select(f => f.Date).First() })
            .Distinct()
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return;
        }
        var ids = due.Select(d => d.InvitationId).ToList();
        var existing = (await db.FollowUpTasks.Where(t => ids.Contains(t.InvitationId)).Select(t => new { t.InvitationId, t.WeeksAfterFair }).ToListAsync(ct))
            .Select(t => (t.InvitationId, t.WeeksAfterFair)).ToHashSet();
        var missing = due.SelectMany(d => FollowUpTask.Milestones.Select(w => new FollowUpTask
            {
                FairId = d.FairId,
                InvitationId = d.InvitationId,
                AgencyId = agencyId,
                WeeksAfterFair = w,
                DueOn = d.FairDate.AddDays(7 * w),
            }))
            .Where(t => !existing.Contains((t.InvitationId, t.WeeksAfterFair)))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }
        db.FollowUpTasks.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another caseworker of the agency created them a moment ago: theirs stand.
            db.ChangeTracker.Clear();
        }
    }
}
