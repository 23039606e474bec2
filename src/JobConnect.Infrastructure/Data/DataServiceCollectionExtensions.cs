using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext factory for the configured provider. Each provider has its own
    /// migrations assembly: one migration set cannot serve several.
    /// </summary>
    public static IServiceCollection AddJobConnectData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddDbContextFactory<JobConnectDbContext>(db => Configure(db, options.Provider, configuration));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, string provider, IConfiguration configuration)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                db.UseSqlite(
                    configuration.GetConnectionString(DatabaseProvider.Sqlite) ?? "Data Source=jobconnect.db",
                    sql => sql.MigrationsAssembly("JobConnect.Migrations.Sqlite"));
                break;
            case DatabaseProvider.SqlServer:
                db.UseSqlServer(
                    configuration.GetConnectionString(DatabaseProvider.SqlServer)
                        ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer."),
                    sql => sql.MigrationsAssembly("JobConnect.Migrations.SqlServer"));
                break;
            case DatabaseProvider.PostgreSql:
                db.UseNpgsql(
                    configuration.GetConnectionString(DatabaseProvider.PostgreSql)
                        ?? throw new InvalidOperationException("ConnectionStrings:PostgreSql is required when Database:Provider is PostgreSql."),
                    sql => sql.MigrationsAssembly("JobConnect.Migrations.PostgreSql"));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use '{DatabaseProvider.Sqlite}', '{DatabaseProvider.SqlServer}' or '{DatabaseProvider.PostgreSql}'.");
        }
    }
}
