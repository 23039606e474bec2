using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobConnect.Application.Features.FairDay;

/// <summary>
/// Live fair-day pages across app instances: every two seconds, while a page of this instance listens, one
/// query reads a fingerprint of the current fair's day — arrivals, no-shows, standby, plan versions,
/// conversations and outcomes, which every fair-day use case changes — and when it moved, the instance's
/// pages reload as if the change had been made here. Changes made here are also published at once by the
/// use case, so this instance's pages may reload once more; a check-in on instance A reaches a booth on
/// instance B within about two seconds.
/// </summary>
public sealed class FairDayWatch(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, FairDayChanges changes, ILogger<FairDayWatch> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private Fingerprint? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wall-clock pacing: the fair clock may be moved by tests and has nothing to do with polling.
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!changes.HasListeners)
            {
                _seen = null; // nobody listened: start afresh, without a stale "change"
                continue;
            }
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The fair-day watch could not read the database; it tries again.");
            }
        }
    }

    /// <summary>Reads the fingerprint once and publishes a change when it differs from the last one read.</summary>
    public async Task CheckAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return;
        }
        // One row of correlated aggregates: a single round trip on every provider.
        var now = await db.Fairs.AsNoTracking().Where(f => f.Id == fair.Id)
            .Select(f => new Fingerprint(
                f.Id,
                db.Invitations.Count(i => i.FairId == f.Id),
                db.Invitations.Where(i => i.FairId == f.Id).Sum(i => i.PlanVersion),
                db.Invitations.Count(i => i.FairId == f.Id && i.ArrivedUtc != null),
                db.Invitations.Where(i => i.FairId == f.Id).Max(i => i.ArrivedUtc),
                db.Invitations.Count(i => i.FairId == f.Id && i.Status == InvitationStatus.NoShow),
                db.Invitations.Count(i => i.FairId == f.Id && i.StandbySinceUtc != null),
                db.Conversations.Count(c => c.Invitation!.FairId == f.Id),
                db.Conversations.Where(c => c.Invitation!.FairId == f.Id).Max(c => (int?)c.Id),
                db.Conversations.Count(c => c.Invitation!.FairId == f.Id && c.Outcome != null),
                db.Conversations.Where(c => c.Invitation!.FairId == f.Id && c.Outcome != null).Max(c => (DateTime?)c.Outcome!.RecordedUtc)))
            .SingleAsync(ct);
        var before = _seen;
        _seen = now;
        if (before is not null && before != now)
        {
            changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.Elsewhere));
        }
    }

    private sealed record Fingerprint(int FairId, int Invitations, int PlanVersions, int Arrived, DateTime? LastArrival, int NoShows, int Waiting,
        int Conversations, int? LastConversation, int Outcomes, DateTime? LastOutcome);
}
