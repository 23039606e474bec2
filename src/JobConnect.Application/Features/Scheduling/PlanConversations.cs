using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>What a scheduler run did, for the organizer's page.</summary>
/// <param name="ChangedPlans">Stored plans of people that this run changed; null on a first run.</param>
public sealed record PlanResult(
    int People,
    int PeopleWithConversation,
    int PeopleWithCandidate,
    int Conversations,
    long TotalScore,
    bool ProvablyOptimal,
    int IdleSlots,
    int EntranceOverflow,
    int? ChangedPlans,
    TimeSpan Duration);

/// <summary>
/// Runs the conversation scheduler for one phase: scores every invited person against the open
/// vacancies of the employers attending the phase, keeps pinned conversations, keeps as much of a
/// stored plan as possible, and stores the result with each person's arrival window.
/// </summary>
public sealed class PlanConversations(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PlanResult> HandleAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        var started = clock.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await PhasePlanInputs.LoadAsync(db, phaseId, ct);

        // A conversation with an outcome took place: it stays where it is like a pin.
        var problem = inputs.Problem(inputs.StillValid.Where(c => (c.Pinned && inputs.Invited.Contains(c.InvitationId)) || c.Outcome is not null));
        var previous = inputs.StillValid.Select(inputs.Scheduled).ToList();
        var scheduler = new ConversationScheduler();
        var schedule = previous.Count == 0 ? scheduler.Schedule(problem) : scheduler.Reschedule(problem, previous);

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await StoredPlan.ApplyAsync(db, inputs.Stored, schedule.Conversations, inputs.Slots, inputs.Booths, ct);
            inputs.SetArrivalWindows(schedule.Conversations, _ => true);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var m = schedule.Metrics;
        return new PlanResult(inputs.Invitations.Count, m.PeopleWithConversation, m.PeopleWithCandidate, m.ConversationCount, m.TotalScore,
            m.IsProvablyOptimal, m.IdleSlots, m.EntranceOverflow, schedule.Changes?.ChangedPeople, clock.GetElapsedTime(started));
    }
}
