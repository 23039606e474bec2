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

/// <summary>
/// What both planners read for one phase: the invited people (tracked, for their arrival windows), the
/// attending booths, the acceptable person × employer pairs scored with the fair's weights, and the
/// stored conversations (tracked, so a plan is written over them in place).
/// </summary>
internal sealed class PhasePlanInputs
{
    private PhasePlanInputs(FairPhase phase, DateOnly fairDate, List<Invitation> invitations, List<Booth> booths, List<Conversation> stored, List<CandidatePair> candidates)
    {
        Phase = phase;
        FairDate = fairDate;
        Invitations = invitations;
        Booths = booths;
        Stored = stored;
        Candidates = candidates;
        Slots = phase.SlotStarts();
        SlotIndex = Slots.Select((start, i) => (start, i)).ToDictionary(x => x.start, x => x.i);
        EmployerOfBooth = booths.ToDictionary(b => b.Id, b => b.EmployerId);
        var boothById = booths.ToDictionary(b => b.Id);
        // Stored conversations whose slot, booth or table left the phase (settings changed since) are planned anew.
        StillValid = [.. stored.Where(c => SlotIndex.ContainsKey(c.SlotStart) && boothById.TryGetValue(c.BoothId, out var booth) && c.TableNumber <= booth.Tables)];
        var invited = invitations.Select(i => i.Id).ToHashSet();
        // Someone who talked to an employer and was cancelled afterwards keeps those conversations (and their outcomes).
        People = [.. invitations.Select(i => new SchedulingPerson(i.Id, phase.ConversationsPerPerson)),
            .. StillValid.Where(c => c.Outcome is not null && !invited.Contains(c.InvitationId))
                .GroupBy(c => c.InvitationId).Select(g => new SchedulingPerson(g.Key, g.Count()))];
        Invited = invited;
    }

    public FairPhase Phase { get; }

    public DateOnly FairDate { get; }

    /// <summary>Invitations holding a seat in the phase (no-shows included), tracked.</summary>
    public List<Invitation> Invitations { get; }

    public List<Booth> Booths { get; }

    /// <summary>Every stored conversation of the phase, tracked.</summary>
    public List<Conversation> Stored { get; }

    /// <summary>Stored conversations whose booth, table and slot still exist in the phase.</summary>
    public List<Conversation> StillValid { get; }

    public List<CandidatePair> Candidates { get; }

    public List<SchedulingPerson> People { get; }

    public HashSet<int> Invited { get; }

    public IReadOnlyList<TimeOnly> Slots { get; }

    public Dictionary<TimeOnly, int> SlotIndex { get; }

    public Dictionary<int, int> EmployerOfBooth { get; }

    /// <summary>The phase as a scheduling problem, with the given conversations pinned.</summary>
    public SchedulingProblem Problem(IEnumerable<Conversation> pinned) => new()
    {
        SlotCount = Slots.Count,
        People = People,
        Employers = [.. Booths.Select(b => new SchedulingEmployer(b.EmployerId, b.Tables))],
        Candidates = Candidates,
        Pinned = [.. pinned.Select(c => new PinnedConversation(c.InvitationId, EmployerOfBooth[c.BoothId], c.TableNumber - 1, SlotIndex[c.SlotStart], c.VacancyId ?? 0))],
        EntranceCapacity = Phase.EntranceCapacityPerWave,
    };

    public ScheduledConversation Scheduled(Conversation c) =>
        new(c.InvitationId, EmployerOfBooth[c.BoothId], c.TableNumber - 1, SlotIndex[c.SlotStart], c.VacancyId ?? 0, c.Score, c.Pinned);

    public static async Task<PhasePlanInputs> LoadAsync(JobConnectDbContext db, int phaseId, CancellationToken ct)
    {
        var phase = await db.FairPhases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == phaseId, ct)
            ?? throw new NotFoundException($"Phase {phaseId} not found.");
        var fairDate = await db.Fairs.Where(f => f.Id == phase.FairId).Select(f => f.Date).SingleAsync(ct);
        var invitations = await db.Invitations
            .Include(i => i.Jobseeker!).ThenInclude(j => j.EmployerExclusions)
            .Where(i => i.FairPhaseId == phase.Id && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            .ToListAsync(ct);
        var phaseSet = phase.TargetGroup.ToSet();
        var booths = (await db.Booths.AsNoTracking().Where(b => b.FairId == phase.FairId).ToListAsync(ct))
            .Where(b => b.Phases.HasFlag(phaseSet)).ToList();
        var employerIds = booths.Select(b => b.EmployerId).ToHashSet();
        var vacancies = (await db.Vacancies.AsNoTracking().Include(v => v.Skills)
                .Where(v => v.FairId == phase.FairId && Vacancy.OpenStatuses.Contains(v.Status)).ToListAsync(ct))
            .Where(v => v.Phases.HasFlag(phaseSet) && employerIds.Contains(v.EmployerId)).ToList();
        var stored = await db.Conversations.Where(c => c.Invitation!.FairPhaseId == phase.Id).ToListAsync(ct);
        var weights = await db.Fairs.Where(f => f.Id == phase.FairId).Select(f => f.MatchWeights).SingleAsync(ct);
        var vocabulary = await db.SkillVocabularyAsync(ct);
        // A phase stored before the must-have rule may hold a lower minimum: never below the rule's floor.
        var minimumScore = Math.Max(phase.MinimumScore, PhaseRules.LowestMinimumScore);
        return new PhasePlanInputs(phase, fairDate, invitations, booths, stored, AcceptablePairs(invitations, vacancies, weights, vocabulary, minimumScore));
    }

    /// <summary>Arrival window: one slot before the first conversation, so the entrance sees waves, not a crowd.</summary>
    public void SetArrivalWindows(IEnumerable<ScheduledConversation> plan, Func<Invitation, bool> which)
    {
        var firstSlot = plan.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => Slots[g.Min(c => c.Slot)]);
        foreach (var invitation in Invitations.Where(which))
        {
            (invitation.ArrivalFrom, invitation.ArrivalTo) = firstSlot.TryGetValue(invitation.Id, out var first)
                ? (first.AddMinutes(-Phase.SlotMinutes), first)
                : ((TimeOnly?)null, (TimeOnly?)null);
        }
    }

    /// <summary>Per person and employer the best acceptable vacancy; the matcher already drops excluded pairs (blocked employers, wrong phase, too far).</summary>
    /// <remarks>A pair missing a must-have skill scores below <see cref="PhaseRules.LowestMinimumScore"/>, so it is never planned.</remarks>
    private static List<CandidatePair> AcceptablePairs(List<Invitation> invitations, List<Vacancy> vacancies, MatchWeights weights,
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
}
