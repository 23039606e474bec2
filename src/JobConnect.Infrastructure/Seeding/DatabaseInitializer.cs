using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>Brings the database to the latest migration and, when asked, seeds the demo fair.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<JobConnectDbContext> dbFactory,
    RoleManager<IdentityRole> roles,
    DemoSeeder demoSeeder,
    DatabaseOptions options,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="seedDemo">False for operator commands: they never put demo data into a database.</param>
    public async Task InitializeAsync(bool seedDemo = true, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (options.SeedDemoData && seedDemo)
        {
            var logins = await demoSeeder.SeedAsync(ct);
            if (logins.Count == 0)
            {
                logger.LogWarning("Database:SeedDemoData is on, but the database already holds a real installation; no demo data was added.");
                return;
            }
            // Demo data only: the shared password is public and printed so a newcomer can sign in at once.
            if (logger.IsEnabled(LogLevel.Information))
            {
                var lines = string.Concat(logins.Select(l => $"{Environment.NewLine}    {l.Role,-11} {l.Email}  /  {l.Password}"));
                logger.LogInformation("Demo fair ready. Sign in with one of these demo logins:{Logins}", lines);
            }
        }
    }

    public static Task RunAsync(IServiceProvider services, CancellationToken ct = default) => RunAsync(services, seedDemo: true, ct);

    public static async Task RunAsync(IServiceProvider services, bool seedDemo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo, ct);
    }
}
