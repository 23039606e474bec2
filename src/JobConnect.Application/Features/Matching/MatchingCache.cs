using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <summary>
/// Keeps the latest <see cref="MatchingSnapshot"/> and rebuilds it when the stamp of the matching
/// inputs or the current fair has moved on. The stamp changes in the same transaction as the data
/// (see <see cref="JobConnectDbContext.MatchingInputsChanged"/>) and is read before and after the
/// data, so a snapshot holds exactly the state of its stamp: a concurrent edit at worst causes one
/// more read, never a stale ranking shown as current.
/// </summary>
public sealed class MatchingCache(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile MatchingSnapshot? _current;

    /// <summary>The ranking of the current fair as of the latest committed change; null when there is no fair.</summary>
    public async Task<MatchingSnapshot?> CurrentAsync(CancellationToken ct = default)
    {
        if (await IsCurrentAsync(_current, ct) is { } fresh)
        {
            return fresh;
        }

        // One build at a time: a burst of page loads after an edit computes the ranking once.
        await _building.WaitAsync(ct);
        try
        {
            if (await IsCurrentAsync(_current, ct) is { } builtMeanwhile)
            {
                return builtMeanwhile;
            }
            _current = await BuildAsync(ct);
            return _current;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Whether a ranking of this version is still current: no matching input changed and the fair is the same.</summary>
    public async Task<bool> IsCurrentAsync(MatchingVersion version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stamp = await StampAsync(db, ct);
        var fair = await db.CurrentFairAsync(Today, ct);
        return fair?.Id == version.FairId && stamp == version.Stamp;
    }

    private async Task<MatchingSnapshot?> IsCurrentAsync(MatchingSnapshot? snapshot, CancellationToken ct) =>
        snapshot is not null && await IsCurrentAsync(snapshot.Version, ct) ? snapshot : null;

    /// <summary>
    /// Reads the stamp, the data, and the stamp again: equal stamps mean no change committed in
    /// between, so the data is exactly the state of that stamp (every change moves it). A write in
    /// between means reading again; after a few busy rounds the last read is used — labelled with its
    /// first stamp, so the pages show it as outdated at once.
    /// </summary>
    private async Task<MatchingSnapshot?> BuildAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var stamp = await StampAsync(db, ct);
            var fair = await db.CurrentFairAsync(Today, ct);
            if (fair is null)
            {
                return null;
            }
            var people = await db.Jobseekers.AsNoTracking().AsSplitQuery()
                .Where(j => !j.Archived)
                .Include(j => j.EmployerExclusions)
                .OrderBy(j => j.Id)
                .ToListAsync(ct);
            var vacancies = await db.Vacancies.AsNoTracking()
                .Where(v => v.FairId == fair.Id && Vacancy.OpenStatuses.Contains(v.Status))
                .Include(v => v.Employer)
                .OrderBy(v => v.Id)
                .ToListAsync(ct);
            var vocabulary = await db.SkillVocabularyAsync(ct);
            if (await StampAsync(db, ct) == stamp || attempt == MaxReads)
            {
                return new MatchingSnapshot(stamp, fair.Id, fair.MatchWeights, vocabulary, people, vacancies, clock.GetUtcNow().UtcDateTime);
            }
        }
    }

    private const int MaxReads = 3;

    private static Task<Guid> StampAsync(JobConnectDbContext db, CancellationToken ct) =>
        db.MatchingInputs.AsNoTracking().Where(m => m.Id == MatchingInputs.RowId).Select(m => m.Stamp).SingleAsync(ct);

    public void Dispose() => _building.Dispose();

    private DateOnly Today => clock.FairToday();
}
