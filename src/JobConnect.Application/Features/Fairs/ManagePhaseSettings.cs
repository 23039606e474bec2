using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Fairs;

/// <summary>A phase's settings as the organizer edits them.</summary>
public sealed record PhaseSettings(
    int PhaseId,
    string Name,
    TargetGroup TargetGroup,
    TimeOnly Start,
    TimeOnly End,
    int SlotMinutes,
    int SeatCapacity,
    int SeatsTaken,
    int ConversationsPerPerson,
    int MinimumScore,
    int EntranceCapacityPerWave,
    IReadOnlyList<PhaseBreak> Breaks);

/// <summary>The phase's own rules refuse the settings (checked again here, whatever the form let through).</summary>
public sealed class PhaseRulesBrokenException(IReadOnlyList<PhaseProblem> problems)
    : BusinessRuleException("Phase.Invalid")
{
    public IReadOnlyList<PhaseProblem> Problems { get; } = problems;
}

/// <summary>Organizers read and change the phases of the current fair: name, target group, times, slots, breaks, seats and the scheduler's settings.</summary>
public sealed class ManagePhaseSettings(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<PhaseSettings>> GetAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        return fair is null
            ? []
            : fair.Phases.OrderBy(p => p.Start).Select(p => new PhaseSettings(
                p.Id, p.Name, p.TargetGroup, p.Start, p.End, p.SlotMinutes, p.SeatCapacity, p.SeatsTaken,
                p.ConversationsPerPerson, p.MinimumScore, p.EntranceCapacityPerWave,
                p.Breaks.OrderBy(b => b.Start).ToList())).ToList();
    }

    /// <exception cref="NotFoundException">The phase no longer exists.</exception>
    /// <exception cref="PhaseRulesBrokenException">Times, slots or breaks break the phase's rules.</exception>
    /// <exception cref="BusinessRuleException">More people are already invited than the new seat capacity allows ("Phase.BelowSeatsTaken", seats taken).</exception>
    public async Task UpdateAsync(UserScope scope, PhaseSettings settings, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var phase = await db.FairPhases.SingleOrDefaultAsync(p => p.Id == settings.PhaseId, ct);
        if (phase is null)
        {
            throw new NotFoundException($"Phase {settings.PhaseId} does not exist.");
        }

        if (phase.TargetGroup != settings.TargetGroup && await db.Invitations.AnyAsync(i => i.FairPhaseId == phase.Id, ct))
        {
            // Invited people belong to the old group; they would sit in a phase that is not for them.
            throw new BusinessRuleException(PhaseMessages.TargetGroupHasInvitations);
        }
        phase.Name = settings.Name.Trim();
        phase.TargetGroup = settings.TargetGroup;
        phase.Start = settings.Start;
        phase.End = settings.End;
        phase.SlotMinutes = settings.SlotMinutes;
        phase.SeatCapacity = settings.SeatCapacity;
        phase.ConversationsPerPerson = settings.ConversationsPerPerson;
        phase.MinimumScore = settings.MinimumScore;
        phase.EntranceCapacityPerWave = settings.EntranceCapacityPerWave;
        phase.Breaks = settings.Breaks.Select(b => new PhaseBreak { Start = b.Start, End = b.End }).ToList();
        var others = await db.FairPhases.AsNoTracking().Where(p => p.FairId == phase.FairId && p.Id != phase.Id).ToListAsync(ct);
        var problems = PhaseRules.Check(phase, others);
        if (problems.Count > 0)
        {
            throw new PhaseRulesBrokenException(problems);
        }

        // The capacity may only shrink down to the seats taken at this moment, even while invitations run in parallel.
        var capacitySet = await db.FairPhases
            .Where(p => p.Id == phase.Id && p.SeatsTaken <= settings.SeatCapacity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SeatCapacity, settings.SeatCapacity), ct);
        if (capacitySet == 0)
        {
            var taken = await db.FairPhases.Where(p => p.Id == phase.Id).Select(p => p.SeatsTaken).SingleAsync(ct);
            throw new BusinessRuleException("Phase.BelowSeatsTaken", taken);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
