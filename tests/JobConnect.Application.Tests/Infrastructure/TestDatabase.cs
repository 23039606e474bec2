using JobConnect.Application.Data;
using JobConnect.Infrastructure.Data;
using JobConnect.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Application.Tests.Infrastructure;

/// <summary>
/// A real, migrated database per test class, dropped afterwards: a SQLite file, or a PostgreSQL
/// database when the run asks for it (see <see cref="DatabaseUnderTest"/>).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<JobConnectDbContext>, IAsyncLifetime
{
    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("test");
    private DbContextOptions<JobConnectDbContext>? _options;

    public string Provider => _database.Provider;
    public string ConnectionString => _database.ConnectionString;

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
        await _database.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, _database.Provider, configuration);
        _options = builder.Options;
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    public async Task<T> InsertAsync<T>(T entity) where T : class
    {
        await using var db = CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    /// <summary>
    /// Makes the database itself refuse inserts into <paramref name="table"/> (those matching <paramref name="when"/>,
    /// an SQL condition on NEW), like a disk failing in the middle of a batch.
    /// </summary>
    public async Task FailInsertsAsync(string table, string? when = null)
    {
        string[] statements = Provider == DatabaseProvider.PostgreSql
            ?
            [
                "CREATE OR REPLACE FUNCTION crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk gone'; END $$",
                $"CREATE TRIGGER crash BEFORE INSERT ON \"{table}\" FOR EACH ROW {(when is null ? "" : $"WHEN ({when})")} EXECUTE FUNCTION crash()",
            ]
            : [$"CREATE TRIGGER crash BEFORE INSERT ON \"{table}\" {(when is null ? "" : $"WHEN {when}")} BEGIN SELECT RAISE(ABORT, 'disk gone'); END"];
        await using var db = CreateDbContext();
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }
    }

    public async Task<TResult> QueryAsync<TResult>(Func<JobConnectDbContext, Task<TResult>> query)
    {
        await using var db = CreateDbContext();
        return await query(db);
    }
}
