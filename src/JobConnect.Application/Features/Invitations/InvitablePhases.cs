using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <param name="QuotaLeft">Seats left of the caller's agency's quota for the phase; null when the agency has no quota there.</param>
public sealed record InvitablePhase(int PhaseId, string Name, TargetGroup TargetGroup, TimeOnly Start, TimeOnly End, int SeatsLeft, int? QuotaLeft);

/// <summary>
/// The phases of the current fair a caseworker can invite into, with the seats left in each and in their
/// agency's quota: the choice next to "invite" once a target group has more than one phase (an evening
/// consultation for adults beside the morning, ADR 0008). Without a choice the earliest phase with seats takes
/// the person, as <see cref="InviteJobseekers"/> does.
/// </summary>
public sealed class InvitablePhases(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvitablePhase>> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireCaseworker();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return [];
        }
        var phaseIds = fair.Phases.Select(p => p.Id).ToList();
        var quotaLeft = await db.AgencyQuotas.AsNoTracking()
            .Where(q => q.AgencyId == scope.AgencyId && phaseIds.Contains(q.FairPhaseId))
            .ToDictionaryAsync(q => q.FairPhaseId, q => Math.Max(0, q.Seats - q.SeatsTaken), ct);
        return fair.Phases.OrderBy(p => p.Start).ThenBy(p => p.Id)
            .Select(p => new InvitablePhase(p.Id, p.Name, p.TargetGroup, p.Start, p.End, p.SeatsLeft, quotaLeft.TryGetValue(p.Id, out var left) ? left : null))
            .ToList();
    }
}
