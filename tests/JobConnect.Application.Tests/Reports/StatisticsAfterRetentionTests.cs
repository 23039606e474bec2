using System.Text.Json;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Reports;

/// <summary>
/// Anonymizing a fair after its retention period leaves every figure of its funnel and of the
/// year-on-year view as it was, for every scope — while the personal data and the follow-ups are gone.
/// </summary>
public sealed class StatisticsAfterRetentionTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    /// <summary>Past the old fair's 180 days of retention; the recent fair lies ahead, so its data stays.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private PastFairBuilder _old = null!, _recent = null!;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _old = new PastFairBuilder(_db);
        await _old.SeedAsync(PastFairBuilder.RandomPeople(60, seed: 7), new DateOnly(2025, 11, 13), "Agentur");
        _recent = new PastFairBuilder(_db);
        await _recent.SeedAsync(PastFairBuilder.RandomPeople(40, seed: 8));
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private IEnumerable<UserScope> Scopes() =>
    [
        new("o", Roles.Organizer, null, null),
        new("a", Roles.Caseworker, _old.Agencies[0], null),
        new("b", Roles.Caseworker, _old.Agencies[1], null),
        new("e", Roles.Employer, null, _old.Employers[0]),
    ];

    /// <summary>Everything the reports show of the old fair, and the year-on-year view, as text to compare.</summary>
    private async Task<string> FiguresAsync()
    {
        var shown = new List<object>();
        foreach (var scope in Scopes())
        {
            // Everything but the flag that says the figures now come from the frozen copy.
            shown.Add(await new GetFunnel(_db, _clock).HandleAsync(scope, _old.FairId) with { Frozen = false });
            shown.Add(await new GetYearOnYear(_db).HandleAsync(scope));
        }
        return JsonSerializer.Serialize(shown);
    }

    [Fact]
    public async Task Anonymizing_a_fair_changes_none_of_its_figures()
    {
        var before = await FiguresAsync();
        var oldPeople = await _db.QueryAsync(db => db.Invitations.Where(i => i.FairId == _old.FairId).Select(i => i.JobseekerId).ToListAsync());

        var anonymized = await new ApplyRetention(_db, _clock).HandleAsync(new UserScope("system", Roles.Organizer, null, null));

        Assert.Equal(oldPeople.Count, anonymized);
        Assert.Equal(before, await FiguresAsync());
        Assert.True((await new GetFunnel(_db, _clock).HandleAsync(Scopes().First(), _old.FairId)).Frozen);
        // The personal side is really gone: names, the follow-ups and their notes; the live records could no longer tell the contracts.
        Assert.True(await _db.QueryAsync(db => db.Jobseekers.Where(j => oldPeople.Contains(j.Id)).AllAsync(j => j.LastName == "-")));
        Assert.False(await _db.QueryAsync(db => db.FollowUpTasks.AnyAsync(t => t.FairId == _old.FairId)));
        Assert.True(await _db.QueryAsync(db => db.FollowUpTasks.AnyAsync(t => t.FairId == _recent.FairId)));
        var live = await _db.QueryAsync(db => FunnelRecords.BuildAsync(db, _old.FairId, default));
        Assert.False(live.Coverage.FollowUps);
        Assert.True((await new GetFunnel(_db, _clock).HandleAsync(Scopes().First(), _old.FairId)).Coverage.FollowUps);
    }

    [Fact]
    public async Task A_second_retention_run_keeps_the_frozen_figures()
    {
        await new ApplyRetention(_db, _clock).HandleAsync(new UserScope("system", Roles.Organizer, null, null));
        var once = await FiguresAsync();
        var records = await _db.QueryAsync(db => db.FunnelRecords.CountAsync(r => r.FairId == _old.FairId));

        await new ApplyRetention(_db, _clock).HandleAsync(new UserScope("system", Roles.Organizer, null, null));

        Assert.Equal(once, await FiguresAsync());
        Assert.Equal(records, await _db.QueryAsync(db => db.FunnelRecords.CountAsync(r => r.FairId == _old.FairId)));
        Assert.Equal(60 - PastFairBuilder.RandomPeople(60, seed: 7).Count(p => p.Status == Domain.Invitations.InvitationStatus.Cancelled), records);
    }
}
