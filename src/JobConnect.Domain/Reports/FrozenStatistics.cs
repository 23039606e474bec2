namespace JobConnect.Domain.Reports;

/// <summary>
/// Marks a fair whose <see cref="FunnelRecord"/>s were stored when its personal data was anonymized:
/// from then on its reports read only those records and this coverage.
/// </summary>
public class FrozenStatistics
{
    public int FairId { get; set; }
    public DateTime FrozenUtc { get; set; }
    public bool ArrivalsRecorded { get; set; }
    public bool OutcomesRecorded { get; set; }
    public bool FollowUpsRecorded { get; set; }

    public FunnelCoverage Coverage => new(ArrivalsRecorded, OutcomesRecorded, FollowUpsRecorded);
}
