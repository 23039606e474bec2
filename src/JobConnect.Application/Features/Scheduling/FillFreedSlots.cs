using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>A person whose plan the re-plan changed.</summary>
/// <param name="Conversations">The new plan (empty for a no-show).</param>
public sealed record ChangedPlan(int InvitationId, string ReferenceNumber, string Name, InvitationStatus Status, IReadOnlyList<PlannedConversation> Conversations);

/// <summary>What filling the freed slots did.</summary>
/// <param name="OpenFrom">Start of the first slot that had not begun (the re-plan touched nothing before it); null when the phase is over.</param>
/// <param name="Moved">Stored conversations moved or dropped (those of no-shows included).</param>
/// <param name="Added">New conversations, for people who are here.</param>
public sealed record FreedSlotsResult(
    TimeOnly? OpenFrom,
    IReadOnlyList<ChangedPlan> Changed,
    int Moved,
    int Added,
    bool ProvablyOptimal,
    TimeSpan Duration);

/// <summary>
/// "Fill freed slots" on the fair day: an exact re-plan of the slots that have not started
/// (<see cref="FairDayReplanner"/>). Conversations that started, have an outcome or are pinned stay;
/// people marked no-show lose the rest of theirs; arrived people and walk-ins (arrived invitations without
/// a plan) get the freed places; everybody else's plan changes as little as possible. Organizers only.
/// </summary>
public sealed class FillFreedSlots(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<FreedSlotsResult> HandleAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        var started = clock.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await PhasePlanInputs.LoadAsync(db, phaseId, ct);
        var firstOpen = FirstOpenSlot(inputs.FairDate, inputs.Slots);
        if (firstOpen == inputs.Slots.Count)
        {
            return new FreedSlotsResult(null, [], 0, 0, true, clock.GetElapsedTime(started));
        }

        var problem = new FairDayProblem
        {
            Phase = inputs.Problem([]),
            Current = [.. inputs.StillValid.Select(inputs.Scheduled)],
            FirstOpenSlot = firstOpen,
            WithOutcome = inputs.StillValid.Where(c => c.Outcome is not null).Select(c => (c.InvitationId, inputs.EmployerOfBooth[c.BoothId])).ToHashSet(),
            Present = inputs.Invitations.Where(i => i.Status == InvitationStatus.Arrived).Select(i => i.Id).ToHashSet(),
            Absent = inputs.Invitations.Where(i => i.Status == InvitationStatus.NoShow).Select(i => i.Id).ToHashSet(),
        };
        var replan = new FairDayReplanner().Replan(problem);

        IReadOnlySet<int> changed;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                changed = await StoredPlan.ApplyAsync(db, inputs.Stored, replan.Conversations, inputs.Slots, inputs.Booths, ct);
            }
            catch (DbUpdateException)
            {
                // Someone moved a conversation between reading and writing: the unique indexes refused the stale plan.
                throw new BusinessRuleException("FillFreedSlots.Concurrent");
            }

            // People still on their way get an arrival window for their new first conversation; those here need none.
            inputs.SetArrivalWindows(replan.Conversations, i => changed.Contains(i.Id) && i.Status is not (InvitationStatus.Arrived or InvitationStatus.NoShow));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var people = await db.Invitations.AsNoTracking().Where(i => changed.Contains(i.Id))
            .Select(i => new { i.Id, i.Jobseeker!.ReferenceNumber, i.Jobseeker.FirstName, i.Jobseeker.LastName, i.Status })
            .ToListAsync(ct);
        var plans = await db.PlansOfAsync(changed.ToList(), ct);
        return new FreedSlotsResult(
            inputs.Slots[firstOpen],
            [.. people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
                .Select(p => new ChangedPlan(p.Id, p.ReferenceNumber, $"{p.FirstName} {p.LastName}", p.Status, [.. plans[p.Id]]))],
            replan.Moved,
            replan.Added,
            replan.IsProvablyOptimal,
            clock.GetElapsedTime(started));
    }

    /// <summary>
    /// The first slot that has not started by the fair clock: all of them before the fair day, none after it.
    /// A slot that started is running or over, so its conversations are frozen.
    /// </summary>
    private int FirstOpenSlot(DateOnly fairDate, IReadOnlyList<TimeOnly> slots)
    {
        var now = clock.FairNow();
        var today = DateOnly.FromDateTime(now);
        if (today != fairDate)
        {
            return today < fairDate ? 0 : slots.Count;
        }

        var time = TimeOnly.FromDateTime(now);
        var open = slots.Select((start, i) => (start, i)).FirstOrDefault(s => s.start >= time, (default, slots.Count));
        return open.i;
    }
}
