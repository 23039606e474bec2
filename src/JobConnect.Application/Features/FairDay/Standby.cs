using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>A table slot still to come that holds no conversation (freed by a no-show, or never planned).</summary>
public sealed record FreeSlot(int BoothId, string BoothLabel, string Employer, int Table, TimeOnly Start);

/// <summary>Someone who is here and could take a free slot, with the best match of the booth's vacancies.</summary>
public sealed record StandbyCandidate(int InvitationId, string Name, bool IsWalkIn, DateTime? StandbySince, int Score, int? VacancyId, string? Vacancy);

/// <summary>A person waiting on the standby list of a phase.</summary>
public sealed record StandbyPerson(int InvitationId, string Name, string CheckInCode, bool IsWalkIn, DateTime StandbySince);

/// <summary>
/// The standby list: walk-ins and arrived people without a plan wait here; free table slots are offered
/// to everyone who is here and free at that time, best match first, and the organizer assigns one with
/// a click. Two organizers assigning the same slot at once: the database's unique indexes (one
/// conversation per table and slot, one place per person and slot) let only one win. Organizers only.
/// </summary>
public sealed class Standby(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, FairDayChanges changes, FillFreedSlots replan)
{
    private const int FreeSlotsPerTable = 3;
    private const int MaxCandidates = 20;

    public async Task<IReadOnlyList<StandbyPerson>> WaitingAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return [];
        }
        var rows = await db.AtTheDesk(scope, fair.Id).AsNoTracking().Where(i => i.StandbySinceUtc != null)
            .OrderBy(i => i.StandbySinceUtc)
            .Select(i => new { i.Id, i.Jobseeker!.FirstName, i.Jobseeker.LastName, i.CheckInCode, i.IsWalkIn, i.StandbySinceUtc })
            .ToListAsync(ct);
        return [.. rows.Select(r => new StandbyPerson(r.Id, $"{r.FirstName} {r.LastName}", r.CheckInCode, r.IsWalkIn, r.StandbySinceUtc!.Value.ToFairTime()))];
    }

    /// <summary>The next free slots of every table of the booths attending the phase (a few per table), from now on.</summary>
    public async Task<IReadOnlyList<FreeSlot>> FreeSlotsAsync(UserScope scope, PhaseKind phase, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair || fair.Phase(phase) is not { } fairPhase)
        {
            return [];
        }
        var phaseId = fairPhase.Id;
        var booths = await db.Booths.AsNoTracking().Where(b => b.FairId == fair.Id).Include(b => b.Employer).OrderBy(b => b.Label).ToListAsync(ct);
        booths = [.. booths.Where(b => b.Phases.HasFlag(phase.ToSet()))];
        var boothIds = booths.Select(b => b.Id).ToList();
        var taken = (await db.Conversations.AsNoTracking()
                .Where(c => boothIds.Contains(c.BoothId) && c.Invitation!.FairPhaseId == phaseId)
                .Select(c => new { c.BoothId, c.TableNumber, c.SlotStart })
                .ToListAsync(ct))
            .Select(c => (c.BoothId, c.TableNumber, c.SlotStart)).ToHashSet();
        var upcoming = Upcoming(fair, fairPhase);
        return [.. booths.SelectMany(b => Enumerable.Range(1, b.Tables).SelectMany(table => upcoming
            .Where(start => !taken.Contains((b.Id, table, start)))
            .Take(FreeSlotsPerTable)
            .Select(start => new FreeSlot(b.Id, b.Label, b.Employer!.Name, table, start))))];
    }

    /// <summary>Who could take the slot: arrived people of the phase free at that time, not yet at this booth, not excluding the employer.</summary>
    public async Task<IReadOnlyList<StandbyCandidate>> CandidatesAsync(UserScope scope, int boothId, TimeOnly slot, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId && b.FairId == fair.Id, ct)
            ?? throw new NotFoundException($"Booth {boothId} not found.");
        var phases = fair.Phases.Where(p => booth.Phases.HasFlag(p.Kind.ToSet()) && p.SlotStarts().Contains(slot)).Select(p => p.Id).ToList();
        var people = await db.AtTheDesk(scope, fair.Id)
            .Where(i => phases.Contains(i.FairPhaseId) && i.ArrivedUtc != null && i.Status == Domain.Invitations.InvitationStatus.Arrived)
            .Where(i => !db.Conversations.Any(c => c.InvitationId == i.Id && (c.SlotStart == slot || c.BoothId == boothId)))
            .Where(i => !i.Jobseeker!.EmployerExclusions.Any(e => e.EmployerId == booth.EmployerId))
            .Select(i => new { i.Id, i.IsWalkIn, i.StandbySinceUtc, i.FairPhase!.Kind, i.Jobseeker })
            .AsNoTracking()
            .ToListAsync(ct);
        var vacancies = await db.Vacancies.AsNoTracking()
            .Where(v => v.FairId == fair.Id && v.EmployerId == booth.EmployerId && Vacancy.OpenStatuses.Contains(v.Status))
            .ToListAsync(ct);
        var vocabulary = await db.SkillVocabularyAsync(ct);
        return [.. people
            .Select(p =>
            {
                var best = vacancies.Where(v => v.Phases.HasFlag(p.Kind.ToSet()))
                    .Select(v => (Vacancy: v, MatchScorer.Score(p.Jobseeker!, v, fair.MatchWeights, vocabulary: vocabulary).Score))
                    .OrderByDescending(x => x.Score).FirstOrDefault();
                return new StandbyCandidate(p.Id, p.Jobseeker!.FullName, p.IsWalkIn, p.StandbySinceUtc?.ToFairTime(), best.Score,
                    best.Vacancy?.Id, best.Vacancy?.Title);
            })
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.StandbySince is not null).ThenBy(c => c.StandbySince)
            .Take(MaxCandidates)];
    }

    /// <summary>Gives the free slot to the person; refused when someone was faster or the person is busy then.</summary>
    public async Task AssignAsync(UserScope scope, int invitationId, int boothId, int table, TimeOnly slot, int? vacancyId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId && b.FairId == fair.Id, ct)
            ?? throw new NotFoundException($"Booth {boothId} not found.");
        var invitation = await db.AtTheDesk(scope, fair.Id).Include(i => i.Jobseeker).ThenInclude(j => j!.EmployerExclusions)
            .FirstOrDefaultAsync(i => i.Id == invitationId, ct) ?? throw new NotFoundException($"Invitation {invitationId} not found.");
        var phase = fair.Phases.Single(p => p.Id == invitation.FairPhaseId);
        if (table < 1 || table > booth.Tables || !phase.SlotStarts().Contains(slot) || !booth.Phases.HasFlag(phase.Kind.ToSet()))
        {
            throw new BusinessRuleException(FairDayMessages.SlotInvalid);
        }
        if (invitation.ArrivedUtc is null)
        {
            throw new BusinessRuleException(FairDayMessages.NotHere);
        }
        if (invitation.Jobseeker!.Excludes(booth.EmployerId))
        {
            throw new BusinessRuleException(FairDayMessages.EmployerExcluded);
        }
        if (await db.Conversations.AnyAsync(c => c.BoothId == boothId && c.TableNumber == table && c.SlotStart == slot, ct))
        {
            throw new BusinessRuleException(FairDayMessages.SlotTaken);
        }
        if (await db.Conversations.AnyAsync(c => c.InvitationId == invitationId && c.SlotStart == slot, ct))
        {
            throw new BusinessRuleException(FairDayMessages.PersonBusy);
        }
        var vacancy = vacancyId is { } id
            ? await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.EmployerId == booth.EmployerId, ct)
            : null;
        db.Conversations.Add(new Conversation
        {
            InvitationId = invitationId,
            BoothId = boothId,
            TableNumber = table,
            SlotStart = slot,
            VacancyId = vacancy?.Id,
            Score = vacancy is null ? 0 : MatchScorer.Score(invitation.Jobseeker, vacancy, fair.MatchWeights, vocabulary: await db.SkillVocabularyAsync(ct)).Score,
            Pinned = true, // placed by hand on the day: a re-plan keeps it
        });
        invitation.StandbySinceUtc = null;
        invitation.PlanVersion++; // their plan changed: the desk's slip and the change-notice list see it
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another organizer (or desk) was faster between the check above and this insert: the unique indexes decided.
            throw new BusinessRuleException(FairDayMessages.SlotTaken);
        }
        changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.PlanChanged, [boothId]));
    }

    /// <summary>
    /// The exact re-plan of the open slots (the scheduling feature's <see cref="FillFreedSlots"/>): no-shows give
    /// up their places, people here and walk-ins get them, everyone else moves as little as possible. Whoever
    /// waited on standby and now has a plan leaves the list; the live pages reload.
    /// </summary>
    public async Task<FreedSlotsResult> ReplanAsync(UserScope scope, PhaseKind phase, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var fairPhase = fair.Phase(phase) ?? throw new NotFoundException($"Phase {phase} not found.");
        var result = await replan.HandleAsync(scope, fairPhase.Id, ct);
        await db.Invitations
            .Where(i => i.FairPhaseId == fairPhase.Id && i.StandbySinceUtc != null && db.Conversations.Any(c => c.InvitationId == i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.StandbySinceUtc, (DateTime?)null), ct);
        changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.PlanChanged));
        return result;
    }

    /// <summary>The phase's slot starts still to come by the fair clock (all of them before the fair day, none after).</summary>
    private IEnumerable<TimeOnly> Upcoming(Fair fair, FairPhase phase)
    {
        var now = clock.FairNow();
        var today = DateOnly.FromDateTime(now);
        var time = TimeOnly.FromDateTime(now);
        return phase.SlotStarts().Where(s => today < fair.Date || (today == fair.Date && s.AddMinutes(phase.SlotMinutes / 2) > time));
    }
}
