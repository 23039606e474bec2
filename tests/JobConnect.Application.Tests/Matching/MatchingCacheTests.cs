using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Matching;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobConnect.Application.Tests.Matching;

public sealed class MatchingCacheTests : MatchingFixture
{
    [Fact]
    public async Task Without_a_change_the_ranking_is_computed_once()
    {
        var first = await Cache.CurrentAsync(Ct);
        var second = await Cache.CurrentAsync(Ct);

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Editing_a_vacancy_refreshes_the_scores()
    {
        var before = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);
        Assert.Equal(Exact.Id, before.Ranked[0].JobseekerId);

        await Db.QueryAsync(async db =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == Welder.Id, Ct);
            vacancy.KldbCode = "71302"; // now an office job: the unrelated person fits best
            return await db.SaveChangesAsync(Ct);
        });

        var after = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);
        Assert.Equal(Unrelated.Id, after.Ranked[0].JobseekerId);
        Assert.Equal(MatchReason.OccupationExact, after.Ranked[0].Match[MatchCriterion.Occupation].Reason);
    }

    [Fact]
    public async Task New_people_exclusions_and_erasure_refresh_the_ranking()
    {
        await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);

        var newcomer = await Person(AgencyA, "Adler", ["24232"]);
        Assert.Contains(newcomer.Id, await RankedIdsAsync());

        await new SetEmployerExclusion(Db, Clock).HandleAsync(CaseworkerA, newcomer.Id, EmployerId, true, Ct);
        Assert.DoesNotContain(newcomer.Id, await RankedIdsAsync());

        await new EraseJobseeker(Db, Clock).HandleAsync(CaseworkerA, Exact.Id, Ct); // bulk deletes: stamps explicitly
        Assert.DoesNotContain(Exact.Id, (await Cache.CurrentAsync(Ct))!.Ranking.ForVacancy(Welder.Id).Select(m => m.JobseekerId));
    }

    [Fact]
    public async Task New_weights_apply_to_the_next_ranking()
    {
        var before = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);

        await Weights.SaveAsync(Organizer, new MatchWeightsInput { Distance = 100 }, Ct); // only distance counts now

        var after = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);
        Assert.NotEqual(before.Ranked.Select(c => c.Match.Score), after.Ranked.Select(c => c.Match.Score));
        Assert.All(after.Ranked, c => Assert.Equal(100, c.Match.Score)); // everybody lives in Kassel
        Assert.Equal(100, after.Ranked[0].Match[MatchCriterion.Distance].Weight);
    }

    /// <summary>
    /// The invariant behind "no stale scores shown as current": whenever the stamp a snapshot carries is
    /// still the database's stamp, the snapshot holds exactly the database's data — even while a writer
    /// changes the vacancy as fast as it can and readers build snapshots in parallel.
    /// </summary>
    [Fact]
    public async Task Under_concurrent_edits_a_snapshot_whose_stamp_is_current_holds_current_data()
    {
        using var stop = new CancellationTokenSource();
        // On a busy machine the readers may get no thread until the writer is done; the readers stop
        // only after one of them compared a current snapshot, so the check below is never vacuous.
        var compared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = Task.Run(async () =>
        {
            for (var openings = 3; openings < 60; openings++)
            {
                await using var db = Db.CreateDbContext();
                var vacancy = await db.Vacancies.SingleAsync(v => v.Id == Welder.Id, Ct);
                vacancy.Openings = openings;
                vacancy.KldbCode = openings % 2 == 0 ? "24232" : "71302";
                await db.SaveChangesAsync(Ct);
            }
            await compared.Task.WaitAsync(Ct);
            await stop.CancelAsync();
        }, Ct);

        var checks = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = (await Cache.CurrentAsync(Ct))!;
                await using var db = Db.CreateDbContext();
                // Stamp and data from one moment: on PostgreSQL only repeatable read gives both statements one snapshot.
                await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);
                var stamp = await db.MatchingInputs.Select(m => m.Stamp).SingleAsync(Ct);
                var stored = await db.Vacancies.Where(v => v.Id == Welder.Id).Select(v => new { v.Openings, v.KldbCode }).SingleAsync(Ct);
                await tx.CommitAsync(Ct);
                if (stamp == snapshot.Stamp)
                {
                    Assert.Equal(stored.Openings, snapshot.Vacancies[Welder.Id].Openings);
                    Assert.Equal(stored.KldbCode, snapshot.Vacancies[Welder.Id].KldbCode);
                    Interlocked.Increment(ref checks);
                    compared.TrySetResult();
                }
            }
        }, Ct)).ToList();

        await Task.WhenAll([writer, .. readers]);
        var last = (await Cache.CurrentAsync(Ct))!;
        Assert.Equal(59, last.Vacancies[Welder.Id].Openings);
        Assert.True(checks > 0, "no reader ever compared a current snapshot");
    }

    /// <summary>
    /// A vacancy edit commits between the cache's first reads and the rest. The snapshot handed out
    /// must hold the edit and carry the stamp that goes with it — not an older stamp over newer data.
    /// </summary>
    [Fact]
    public async Task An_edit_committed_while_the_snapshot_is_read_is_read_again_not_mixed_in()
    {
        var edit = new OnceBeforeReading("FROM \"Jobseekers\"", async () =>
        {
            await using var db = Db.CreateDbContext();
            (await db.Vacancies.SingleAsync(v => v.Id == Welder.Id)).Openings = 42;
            await db.SaveChangesAsync();
        });
        using var cache = new MatchingCache(Db.With(edit), Clock);

        var snapshot = (await cache.CurrentAsync(Ct))!;

        Assert.True(edit.Fired);
        Assert.Equal(42, snapshot.Vacancies[Welder.Id].Openings);
        Assert.True(await cache.IsCurrentAsync(snapshot.Version, Ct));
    }

    [Theory]
    [InlineData("vacancy skill")]
    [InlineData("jobseeker language")]
    [InlineData("archive")]
    [InlineData("vacancy filled")]
    [InlineData("employer name")]
    [InlineData("weights")]
    public async Task Every_write_that_changes_a_score_or_its_text_moves_the_stamp(string write)
    {
        var before = await StampAsync();

        await (write switch
        {
            "vacancy skill" => EditAsync(db => db.Vacancies.SingleAsync(v => v.Id == Welder.Id), v => v.Skills.Add(new() { Name = "Schweißen", Required = true })),
            "jobseeker language" => EditAsync(db => db.Jobseekers.SingleAsync(j => j.Id == Exact.Id), j => j.Languages.Add(new() { Language = "Türkisch", Level = Domain.Common.CefrLevel.C1 })),
            "archive" => new ArchiveJobseeker(Db, Clock).HandleAsync(CaseworkerA, Exact.Id, ct: Ct),
            "vacancy filled" => new JobConnect.Application.Features.Vacancies.ChangeVacancyStatus(Db, Clock).MarkFilledAsync(Organizer, Welder.Id, Ct),
            "employer name" => EditAsync(db => db.Employers.SingleAsync(e => e.Id == EmployerId), e => e.Name = "Nordhessen Metall AG"),
            _ => Weights.SaveAsync(Organizer, new MatchWeightsInput { Occupation = 1 }, Ct),
        });

        Assert.NotEqual(before, await StampAsync());
    }

    [Fact]
    public async Task An_invitation_leaves_the_stamp_alone_scores_do_not_depend_on_it()
    {
        var before = await StampAsync();

        await new JobConnect.Application.Features.Invitations.InviteJobseekers(Db, Clock).HandleAsync(CaseworkerA, [Exact.Id], Ct);

        Assert.Equal(before, await StampAsync());
    }

    private Task<Guid> StampAsync() => Db.QueryAsync(db => db.MatchingInputs.Select(m => m.Stamp).SingleAsync(Ct));

    private async Task EditAsync<T>(Func<JobConnect.Application.Data.JobConnectDbContext, Task<T>> load, Action<T> change)
    {
        await using var db = Db.CreateDbContext();
        change(await load(db));
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<int>> RankedIdsAsync() =>
        (await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct)).Ranked.Select(c => c.JobseekerId).ToList();
}

/// <summary>Runs an action once, right before the first command whose SQL contains the given text.</summary>
internal sealed class OnceBeforeReading(string sql, Func<Task> action) : DbCommandInterceptor
{
    public bool Fired { get; private set; }

    public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (!Fired && command.CommandText.Contains(sql, StringComparison.Ordinal))
        {
            Fired = true;
            await action();
        }
        return result;
    }
}
