using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Scheduling;
using JobConnect.Domain.Vacancies;
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
        var phase = await db.FairPhases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == phaseId, ct)
            ?? throw new AccessDeniedException("No such phase.");

        var invitations = await db.Invitations
            .Include(i => i.Jobseeker!).ThenInclude(j => j.EmployerExclusions)
            .Where(i => i.FairPhaseId == phase.Id && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            .ToListAsync(ct);
        var phaseSet = phase.Kind.ToSet();
        var booths = (await db.Booths.AsNoTracking().Where(b => b.FairId == phase.FairId).ToListAsync(ct))
            .Where(b => b.Phases.HasFlag(phaseSet)).ToList();
        var employerIds = booths.Select(b => b.EmployerId).ToHashSet();
        var vacancies = (await db.Vacancies.AsNoTracking().Include(v => v.Skills)
                .Where(v => v.FairId == phase.FairId && Vacancy.OpenStatuses.Contains(v.Status)).ToListAsync(ct))
            .Where(v => v.Phases.HasFlag(phaseSet) && employerIds.Contains(v.EmployerId)).ToList();
        var stored = await db.Conversations.Where(c => c.Invitation!.FairPhaseId == phase.Id).ToListAsync(ct);
        var weights = await db.Fairs.Where(f => f.Id == phase.FairId).Select(f => f.MatchWeights).SingleAsync(ct);
        var vocabulary = await db.SkillVocabularyAsync(ct);

        var slots = phase.SlotStarts();
        var slotIndex = slots.Select((start, i) => (start, i)).ToDictionary(x => x.start, x => x.i);
        var boothOf = booths.ToDictionary(b => b.EmployerId);
        var boothById = booths.ToDictionary(b => b.Id);
        var employerOfBooth = booths.ToDictionary(b => b.Id, b => b.EmployerId);
        // Stored conversations whose slot, booth or table left the phase (settings changed since) are planned anew.
        var stillValid = stored.Where(c => slotIndex.ContainsKey(c.SlotStart)
            && boothById.TryGetValue(c.BoothId, out var booth) && c.TableNumber <= booth.Tables).ToList();
        var problem = new SchedulingProblem
        {
            SlotCount = slots.Count,
            People = invitations.Select(i => new SchedulingPerson(i.Id, phase.ConversationsPerPerson)).ToList(),
            Employers = booths.Select(b => new SchedulingEmployer(b.EmployerId, b.Tables)).ToList(),
            // A phase stored before the must-have rule may hold a lower minimum: never below the rule's floor.
            Candidates = Candidates(invitations, vacancies, weights, vocabulary, Math.Max(phase.MinimumScore, PhaseRules.LowestMinimumScore)),
            Pinned = stillValid.Where(c => c.Pinned)
                .Select(c => new PinnedConversation(c.InvitationId, employerOfBooth[c.BoothId], c.TableNumber - 1, slotIndex[c.SlotStart], c.VacancyId ?? 0))
                .ToList(),
            EntranceCapacity = phase.EntranceCapacityPerWave,
        };

        var previous = stillValid
            .Select(c => new ScheduledConversation(c.InvitationId, employerOfBooth[c.BoothId], c.TableNumber - 1, slotIndex[c.SlotStart], c.VacancyId ?? 0, c.Score, c.Pinned))
            .ToList();
        var scheduler = new ConversationScheduler();
        var schedule = previous.Count == 0 ? scheduler.Schedule(problem) : scheduler.Reschedule(problem, previous);

        await SaveAsync(db, phase, invitations, stored, schedule, slots, boothOf, ct);
        var m = schedule.Metrics;
        return new PlanResult(invitations.Count, m.PeopleWithConversation, m.PeopleWithCandidate, m.ConversationCount, m.TotalScore,
            m.IsProvablyOptimal, m.IdleSlots, m.EntranceOverflow, schedule.Changes?.ChangedPeople, clock.GetElapsedTime(started));
    }

    /// <summary>Per person and employer the best acceptable vacancy; the matcher already drops excluded pairs (blocked employers, wrong phase, too far).</summary>
    /// <remarks>A pair missing a must-have skill scores below <see cref="PhaseRules.LowestMinimumScore"/>, so it is never planned.</remarks>
    private static List<CandidatePair> Candidates(List<Invitation> invitations, List<Vacancy> vacancies, MatchWeights weights,
        SkillVocabulary vocabulary, int minimumScore)
    {
        var ranking = FastMatcher.Rank(invitations.Select(i => i.Jobseeker!), vacancies, weights, MatchRankingOptions.Full, vocabulary: vocabulary);
        var employerOf = vacancies.ToDictionary(v => v.Id, v => v.EmployerId);
        return invitations
            .SelectMany(i => ranking.ForJobseeker(i.JobseekerId)
                .Where(m => m.Score >= minimumScore)
                .GroupBy(m => employerOf[m.VacancyId])
                .Select(g => g.First())
                .Select(m => new CandidatePair(i.Id, employerOf[m.VacancyId], m.VacancyId, m.Score)))
            .ToList();
    }

    private static async Task SaveAsync(
        JobConnectDbContext db, FairPhase phase, List<Invitation> invitations, List<Conversation> stored,
        Domain.Scheduling.Schedule schedule, IReadOnlyList<TimeOnly> slots, Dictionary<int, Booth> boothOf, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Conversations.RemoveRange(stored);
        await db.SaveChangesAsync(ct);
        db.Conversations.AddRange(schedule.Conversations.Select(c => new Conversation
        {
            InvitationId = c.PersonId,
            BoothId = boothOf[c.EmployerId].Id,
            TableNumber = c.TableIndex + 1,
            SlotStart = slots[c.Slot],
            VacancyId = c.VacancyId == 0 ? null : c.VacancyId,
            Score = c.Score,
            Pinned = c.IsPinned,
        }));

        // Arrival window: one slot before the first conversation, so the entrance sees waves, not a crowd.
        var firstSlot = schedule.Conversations.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => slots[g.Min(c => c.Slot)]);
        foreach (var invitation in invitations)
        {
            (invitation.ArrivalFrom, invitation.ArrivalTo) = firstSlot.TryGetValue(invitation.Id, out var first)
                ? (first.AddMinutes(-phase.SlotMinutes), first)
                : ((TimeOnly?)null, (TimeOnly?)null);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
