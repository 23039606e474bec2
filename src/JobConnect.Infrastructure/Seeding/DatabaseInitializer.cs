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
    public async Task InitializeAsync(CancellationToken ct = default)
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

        if (options.SeedDemoData)
        {
            var logins = await demoSeeder.SeedAsync(ct);
            // Demo data only: the shared password is public and printed so a newcomer can sign in at once.
            if (logger.IsEnabled(LogLevel.Information))
            {
                var lines = string.Concat(logins.Select(l => $"{Environment.NewLine}    {l.Role,-11} {l.Email}  /  {l.Password}"));
                logger.LogInformation("Demo fair ready. Sign in with one of these demo logins:{Logins}", lines);
            }
        }
    }

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }
}
