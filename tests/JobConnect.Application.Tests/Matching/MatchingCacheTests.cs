using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Matching;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;

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

        await new EraseJobseeker(Db).HandleAsync(CaseworkerA, Exact.Id, Ct); // bulk deletes: stamps explicitly
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
            await stop.CancelAsync();
        }, Ct);

        var checks = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = (await Cache.CurrentAsync(Ct))!;
                await using var db = Db.CreateDbContext();
                await using var tx = await db.Database.BeginTransactionAsync(Ct); // stamp and data from one moment
                var stamp = await db.MatchingInputs.Select(m => m.Stamp).SingleAsync(Ct);
                var stored = await db.Vacancies.Where(v => v.Id == Welder.Id).Select(v => new { v.Openings, v.KldbCode }).SingleAsync(Ct);
                await tx.CommitAsync(Ct);
                if (stamp == snapshot.Stamp)
                {
                    Assert.Equal(stored.Openings, snapshot.Vacancies[Welder.Id].Openings);
                    Assert.Equal(stored.KldbCode, snapshot.Vacancies[Welder.Id].KldbCode);
                    Interlocked.Increment(ref checks);
                }
            }
        }, Ct)).ToList();

        await Task.WhenAll([writer, .. readers]);
        var last = (await Cache.CurrentAsync(Ct))!;
        Assert.Equal(59, last.Vacancies[Welder.Id].Openings);
        Assert.True(checks > 0, "no reader ever compared a current snapshot");
    }

    private async Task<List<int>> RankedIdsAsync() =>
        (await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct)).Ranked.Select(c => c.JobseekerId).ToList();
}
