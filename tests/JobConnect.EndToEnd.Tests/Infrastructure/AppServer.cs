using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port) over a fresh SQLite file with the demo fair seeded,
/// exactly as <c>dotnet run</c> starts it for a newcomer. A test class may add settings and its own clock.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"jobconnect-e2e-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _clock;

    public AppServer(IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_dbPath}");
        // The whole browser suite signs in from one address, many times a minute; the limits have their own tests.
        builder.UseSetting("SignInLimits:PermitsPerAddress", "100000");
        builder.UseSetting("SignInLimits:PermitsPerAccount", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(_clock)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_dbPath);
    }
}
