using Bunit;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Matching;
using JobConnect.Domain.Fairs;
using JobConnect.Infrastructure.Data;
using JobConnect.Testing;
using JobConnect.Web.Components.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Web.Tests.Components;

/// <summary>The banner that keeps a matching page from showing outdated figures as current, against a real database.</summary>
public sealed class MatchingFreshnessTests() : DatabaseComponentTestContext("freshness")
{
    private static readonly TimeSpan Quickly = TimeSpan.FromMilliseconds(20);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = new JobConnectDbContext(Options);
        db.Fairs.Add(new Fair { Name = "job-connect Test", Date = new DateOnly(2027, 3, 18), Venue = "Ständehaus", VenueAddress = "Ständeplatz 8, 34117 Kassel" });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Stays_quiet_while_current_warns_once_the_data_changes_and_refreshes_on_request()
    {
        var cache = Use(new Factory(() => new JobConnectDbContext(Options)));
        var version = (await cache.CurrentAsync(Xunit.TestContext.Current.CancellationToken))!.Version;
        var refreshed = 0;
        var banner = Render<MatchingFreshness>(p => p.Add(x => x.Version, version).Add(x => x.Interval, Quickly).Add(x => x.OnRefresh, () => refreshed++));

        await Task.Delay(Quickly * 10, Xunit.TestContext.Current.CancellationToken);
        Assert.Empty(banner.FindAll("[data-testid=matching-outdated]"));

        await using (var db = new JobConnectDbContext(Options))
        {
            (await db.Fairs.SingleAsync(Xunit.TestContext.Current.CancellationToken)).MatchWeights = new() { Distance = 100 };
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        banner.WaitForElement("[data-testid=matching-outdated]", TimeSpan.FromSeconds(5));
        Assert.Contains("nicht mehr aktuell", banner.Markup);
        banner.Find("[data-testid=matching-refresh]").Click();
        Assert.Equal(1, refreshed);
    }

    [Fact]
    public void When_the_check_itself_fails_the_figures_are_not_vouched_for()
    {
        Use(new Factory(() => throw new InvalidOperationException("database gone")));
        var version = new MatchingVersion(Guid.NewGuid(), 1, DateTime.UtcNow);

        var banner = Render<MatchingFreshness>(p => p.Add(x => x.Version, version).Add(x => x.Interval, Quickly));

        banner.WaitForElement("[data-testid=matching-outdated]", TimeSpan.FromSeconds(5));
    }

    private MatchingCache Use(IDbContextFactory<JobConnectDbContext> factory)
    {
        var cache = new MatchingCache(factory, TimeProvider.System);
        Services.AddSingleton(cache);
        return cache;
    }
}
