using System.Net;
using JobConnect.Application.Data;
using JobConnect.Infrastructure.Data;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobConnect.Web.Tests.Security;

/// <summary>The health endpoints docker compose waits for: anonymous, and saying nothing about the inside.</summary>
public sealed class HealthTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Both_endpoints_answer_healthy_without_signing_in(string path)
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_migrations_are_pending_and_healthy_once_applied()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jobconnect-health-{Guid.NewGuid():N}.db");
        try
        {
            var dbFactory = new PooledDbContextFactory<JobConnectDbContext>(new DbContextOptionsBuilder<JobConnectDbContext>()
                .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly("JobConnect.Migrations.Sqlite")).Options);
            var check = new DatabaseReadyCheck(dbFactory);
            await using (var db = await dbFactory.CreateDbContextAsync(TestContext.Current.CancellationToken))
            {
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            }

            var before = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
            await using (var db = await dbFactory.CreateDbContextAsync(TestContext.Current.CancellationToken))
            {
                await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            }
            var after = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Equal(HealthStatus.Healthy, after.Status);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
