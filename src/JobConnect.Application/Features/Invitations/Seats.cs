using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// Takes and gives back seats with conditional updates, so the database itself refuses to overbook:
/// "take one if one is left" is a single statement, whatever other requests run at the same time.
/// Call inside the transaction that writes the invitation, so a later failure gives the seat back.
/// The same statements hold on SQL Server and PostgreSQL (the update locks the row; under READ COMMITTED a
/// waiting update re-checks the condition on the committed row) and SQLite (one writer at a time).
/// </summary>
internal static class Seats
{
    public static async Task<bool> TryTakePhaseSeatAsync(this JobConnectDbContext db, int phaseId, CancellationToken ct) =>
        await db.FairPhases
            .Where(p => p.Id == phaseId && p.SeatsTaken < p.SeatCapacity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SeatsTaken, p => p.SeatsTaken + 1), ct) == 1;

    /// <summary>True when the agency has no quota for the phase or a quota seat was left.</summary>
    public static async Task<bool> TryTakeQuotaSeatAsync(this JobConnectDbContext db, int agencyId, int phaseId, CancellationToken ct)
    {
        var quota = db.AgencyQuotas.Where(q => q.AgencyId == agencyId && q.FairPhaseId == phaseId);
        return await quota.Where(q => q.SeatsTaken < q.Seats)
                   .ExecuteUpdateAsync(s => s.SetProperty(q => q.SeatsTaken, q => q.SeatsTaken + 1), ct) == 1
               || !await quota.AnyAsync(ct);
    }

    public static async Task GiveBackAsync(this JobConnectDbContext db, int agencyId, int phaseId, CancellationToken ct)
    {
        await db.FairPhases.Where(p => p.Id == phaseId && p.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SeatsTaken, p => p.SeatsTaken - 1), ct);
        await db.AgencyQuotas.Where(q => q.AgencyId == agencyId && q.FairPhaseId == phaseId && q.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.SeatsTaken, q => q.SeatsTaken - 1), ct);
    }
}
