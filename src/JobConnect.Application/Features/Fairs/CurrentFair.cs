using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Fairs;

public static class CurrentFair
{
    /// <summary>The fair being prepared or held as of the fair clock's today.</summary>
    public static Task<Fair?> CurrentFairAsync(this JobConnectDbContext db, TimeProvider clock, CancellationToken ct = default) =>
        db.CurrentFairAsync(clock.FairToday(), ct);

    /// <summary>The fair being prepared or held: the next one by date, else the most recent.</summary>
    public static async Task<Fair?> CurrentFairAsync(this JobConnectDbContext db, DateOnly today, CancellationToken ct = default) =>
        await db.Fairs.AsNoTracking().Include(f => f.Phases)
            .OrderBy(f => f.Date < today).ThenBy(f => f.Date < today ? today.DayNumber - f.Date.DayNumber : f.Date.DayNumber - today.DayNumber)
            .FirstOrDefaultAsync(ct);
}
