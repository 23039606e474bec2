using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Infrastructure;

/// <summary>
/// The app's own service set-up (Identity, use cases, e-mail off unless asked) over a fresh, migrated
/// database of the provider under test (a SQLite file, or PostgreSQL when the run asks for it — see
/// <see cref="DatabaseUnderTest"/>) with a fake fair clock: for use cases that need Identity's user manager.
/// </summary>
public sealed class AppServices : IAsyncLifetime
{
    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("accounts");
    private readonly Dictionary<string, string?> _settings;
    private ServiceProvider _provider = null!;
    private AsyncServiceScope _scope;

    public AppServices(Dictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>(_database.Settings);
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddDataProtection().Services
            .AddJobConnect(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build())
            .AddSingleton<TimeProvider>(Clock)
            .BuildServiceProvider();
        await DatabaseInitializer.RunAsync(_provider, seedDemo: false);
        _scope = _provider.CreateAsyncScope();
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A second request scope (its own user manager and context), as a second browser tab would have.</summary>
    public AsyncServiceScope NewScope() => _provider.CreateAsyncScope();

    public JobConnectDbContext Db() => Get<IDbContextFactory<JobConnectDbContext>>().CreateDbContext();

    public async Task<T> InsertAsync<T>(T entity) where T : class
    {
        await using var db = Db();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    /// <summary>A user with a password, in a role; returns the scope a signed-in session of it would carry.</summary>
    public async Task<UserScope> UserAsync(string email, string role, int? agencyId = null, int? employerId = null, bool lead = false)
    {
        var users = Get<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email, AgencyId = agencyId, EmployerId = employerId, IsAgencyLead = lead };
        Assert.True((await users.CreateAsync(user, "a long enough test password")).Succeeded);
        await users.AddToRoleAsync(user, role);
        return new UserScope(user.Id, role, agencyId, employerId, lead);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        await _database.DropAsync();
    }
}
