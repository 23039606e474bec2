using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>One arrival wave of a phase (people with the same arrival window) and who of it has not come.</summary>
public sealed record ArrivalWave(PhaseKind Phase, TimeOnly From, TimeOnly To, int Expected, int Arrived, bool Overdue, IReadOnlyList<WaveMember> Missing)
{
    public int NoShows => Missing.Count(m => m.Status == InvitationStatus.NoShow);
}

/// <summary>A person of a wave who has not checked in (still expected, or marked no-show).</summary>
public sealed record WaveMember(int InvitationId, string Name, string CheckInCode, InvitationStatus Status);

/// <summary>
/// No-shows: at the end of a wave's arrival window plus a grace time the organizer sees who has not come and
/// marks the whole wave absent in one step. Their conversations are freed (deleted, unless an outcome was
/// already recorded) so the slots can be offered on standby; a late arrival's check-in reverses the mark,
/// and <see cref="UndoAsync"/> takes back a mark made by mistake. Organizers only.
/// </summary>
public sealed class NoShows(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, FairDayChanges changes)
{
    public const int DefaultGraceMinutes = 15;

    public async Task<IReadOnlyList<ArrivalWave>> WavesAsync(UserScope scope, int graceMinutes = DefaultGraceMinutes, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return [];
        }
        var rows = await db.AtTheDesk(scope, fair.Id).AsNoTracking().Where(i => !i.IsWalkIn)
            .Select(i => new { i.Id, i.FairPhaseId, i.ArrivalFrom, i.ArrivalTo, i.Status, i.ArrivedUtc, i.CheckInCode, i.Jobseeker!.FirstName, i.Jobseeker.LastName })
            .ToListAsync(ct);
        var phases = fair.Phases.ToDictionary(p => p.Id);
        return [.. rows
            .GroupBy(r => (Phase: phases[r.FairPhaseId], From: r.ArrivalFrom ?? phases[r.FairPhaseId].Start, To: r.ArrivalTo ?? phases[r.FairPhaseId].Start))
            .OrderBy(g => g.Key.Phase.Start).ThenBy(g => g.Key.From)
            .Select(g => new ArrivalWave(g.Key.Phase.Kind, g.Key.From, g.Key.To, g.Count(), g.Count(r => r.ArrivedUtc != null),
                IsOver(fair, g.Key.To, graceMinutes),
                [.. g.Where(r => r.ArrivedUtc == null).OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
                    .Select(r => new WaveMember(r.Id, $"{r.FirstName} {r.LastName}", r.CheckInCode, r.Status))]))];
    }

    /// <summary>Marks everyone of the wave who is still expected as no-show; refused before the window plus grace is over.</summary>
    public async Task<int> MarkWaveAsync(UserScope scope, PhaseKind phase, TimeOnly from, int graceMinutes = DefaultGraceMinutes, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var fairPhase = fair.Phase(phase) ?? throw new NotFoundException($"Phase {phase} not found.");
        var wave = await db.AtTheDesk(scope, fair.Id)
            .Where(i => i.FairPhaseId == fairPhase.Id && !i.IsWalkIn && i.ArrivedUtc == null
                && (i.ArrivalFrom == from || (i.ArrivalFrom == null && fairPhase.Start == from)))
            .ToListAsync(ct);
        var to = wave.Select(i => i.ArrivalTo ?? fairPhase.Start).DefaultIfEmpty(from).Max();
        if (!IsOver(fair, to, graceMinutes))
        {
            throw new BusinessRuleException(FairDayMessages.WaveNotOver, to.AddMinutes(graceMinutes).ToString("HH\\:mm"));
        }
        var marked = wave.Where(i => i.IsExpected).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var invitation in marked)
        {
            invitation.MarkNoShow(scope.UserId, now);
        }
        var ids = marked.Select(i => i.Id).ToList();
        // Freed: the absent people's conversations give their table slots back; a recorded outcome stays.
        var freed = await db.Conversations.Where(c => ids.Contains(c.InvitationId) && c.Outcome == null).ToListAsync(ct);
        db.Conversations.RemoveRange(freed);
        foreach (var invitation in marked.Where(i => freed.Any(c => c.InvitationId == i.Id)))
        {
            invitation.PlanVersion++; // a late arrival's desk shows the plan changed and hands over a fresh slip
        }
        await db.AddAuditForPeopleAsync(scope, clock, AuditActions.InvitationPrefix + InvitationStatus.NoShow, marked.Select(i => i.JobseekerId), ct);
        await db.SaveChangesAsync(ct);
        if (marked.Count > 0)
        {
            changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.NoShow));
        }
        return marked.Count;
    }

    /// <summary>Takes back a no-show marked by mistake: the person is expected again (their freed slots stay free).</summary>
    public async Task UndoAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var invitation = await db.AtTheDesk(scope, fair.Id).FirstOrDefaultAsync(i => i.Id == invitationId && i.Status == InvitationStatus.NoShow, ct)
            ?? throw new NotFoundException($"No-show {invitationId} not found.");
        invitation.UndoNoShow(scope.UserId, clock.GetUtcNow().UtcDateTime);
        await db.AddAuditAsync(scope, clock, AuditActions.InvitationPrefix + invitation.Status, AuditLog.Jobseeker, invitation.JobseekerId, ct);
        await db.SaveChangesAsync(ct);
        changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.NoShow));
    }

    /// <summary>Whether the fair clock is past the window's end plus grace on the fair's day (or the fair is over).</summary>
    private bool IsOver(Fair fair, TimeOnly windowEnd, int graceMinutes)
    {
        var now = clock.FairNow();
        var today = DateOnly.FromDateTime(now);
        return today > fair.Date || (today == fair.Date && TimeOnly.FromDateTime(now) >= windowEnd.AddMinutes(graceMinutes));
    }
}
