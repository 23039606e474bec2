using JobConnect.Application.Data;
using JobConnect.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Application.Tests.Infrastructure;

/// <summary>A real, migrated SQLite database file per test class; deleted afterwards.</summary>
public sealed class SqliteDatabase : IDbContextFactory<JobConnectDbContext>, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"jobconnect-test-{Guid.NewGuid():N}.db");
    private DbContextOptions<JobConnectDbContext>? _options;

    public string ConnectionString => $"Data Source={_path}";

    public JobConnectDbContext CreateDbContext() => new(_options ?? throw new InvalidOperationException("Not initialized."));

    /// <summary>A factory over the same database whose contexts run the given interceptors, e.g. to step in between two reads.</summary>
    public IDbContextFactory<JobConnectDbContext> With(params IInterceptor[] interceptors) =>
        new InterceptedFactory(new DbContextOptionsBuilder<JobConnectDbContext>(_options!).AddInterceptors(interceptors).Options);

    private sealed class InterceptedFactory(DbContextOptions<JobConnectDbContext> options) : IDbContextFactory<JobConnectDbContext>
    {
        public JobConnectDbContext CreateDbContext() => new(options);
    }

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = ConnectionString })
            .Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, configuration);
        _options = builder.Options;
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    public async Task<T> InsertAsync<T>(T entity) where T : class
    {
        await using var db = CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public async Task<TResult> QueryAsync<TResult>(Func<JobConnectDbContext, Task<TResult>> query)
    {
        await using var db = CreateDbContext();
        return await query(db);
    }
}
