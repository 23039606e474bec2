using JobConnect.Application.Data;
using JobConnect.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Reports;

/// <summary>
/// Stores a fair's <see cref="FunnelRecord"/>s before its personal data goes, so its funnel and its column in
/// the year-on-year view never change afterwards. Part of the retention run's transaction; a fair is frozen once.
/// </summary>
internal static class FreezeStatistics
{
    public static async Task FreezeAsync(JobConnectDbContext db, int fairId, DateTime nowUtc, CancellationToken ct)
    {
        if (await db.FrozenStatistics.AnyAsync(s => s.FairId == fairId, ct))
        {
            return;
        }
        var (records, coverage) = await FunnelRecords.BuildAsync(db, fairId, ct);
        db.FunnelRecords.AddRange(records);
        db.FrozenStatistics.Add(new FrozenStatistics
        {
            FairId = fairId,
            FrozenUtc = nowUtc,
            ArrivalsRecorded = coverage.Arrivals,
            OutcomesRecorded = coverage.Outcomes,
            FollowUpsRecorded = coverage.FollowUps,
        });
    }
}
