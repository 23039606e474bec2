using JobConnect.Application.Data;
using JobConnect.Testing;
using JobConnect.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Web.Tests.Components;

/// <summary>bunit context with a real, migrated database for components that call use cases (never the in-memory provider).</summary>
public abstract class DatabaseComponentTestContext(string purpose) : ComponentTestContext, IAsyncLifetime
{
    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create(purpose);

    protected DbContextOptions<JobConnectDbContext> Options { get; private set; } = null!;

    /// <summary>A context factory over the test's database, as use cases take it.</summary>
    protected IDbContextFactory<JobConnectDbContext> DbFactory => new Factory(() => new JobConnectDbContext(Options));

    public virtual async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, _database.Provider, configuration);
        Options = builder.Options;
        await using var db = new JobConnectDbContext(Options);
        await db.Database.MigrateAsync();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
        GC.SuppressFinalize(this);
    }

    protected sealed class Factory(Func<JobConnectDbContext> create) : IDbContextFactory<JobConnectDbContext>
    {
        public JobConnectDbContext CreateDbContext() => create();
    }
}
