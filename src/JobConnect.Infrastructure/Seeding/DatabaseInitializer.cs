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
            foreach (var login in logins)
            {
                logger.LogWarning("Demo login ({Role}): {Email} / {Password}", login.Role, login.Email, login.Password);
            }
        }
    }

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }
}
