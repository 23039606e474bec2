using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port) over a fresh SQLite file: by default with the demo fair
/// seeded, exactly as <c>dotnet run</c> starts it for a newcomer; or as an operator starts a real
/// installation (<see cref="RealInstallation"/>: Production, nothing seeded). A test class may add
/// settings and its own clock.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _dbPath;
    private readonly string _environment;
    private readonly bool _demo;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _clock;

    /// <param name="databasePath">An existing database file to serve (a restored backup); default a new one.</param>
    public AppServer(string? databasePath = null) : this(databasePath, "Development", demo: true)
    {
    }

    /// <summary>The demo app with extra settings and, optionally, a clock the test moves.</summary>
    public AppServer(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null) : this(null, "Development", demo: true, settings, clock)
    {
    }

    private AppServer(string? databasePath, string environment, bool demo, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        _dbPath = databasePath ?? Path.Combine(Path.GetTempPath(), $"jobconnect-e2e-{Guid.NewGuid():N}.db");
        (_environment, _demo) = (environment, demo);
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
        UseKestrel(0);
    }

    /// <summary>Production settings (appsettings.json only), an empty database, no demo switch.</summary>
    /// <remarks>Like the README's local trial, it allows the cookies over plain HTTP on this machine.</remarks>
    public static AppServer RealInstallation() =>
        new(null, "Production", demo: false, new Dictionary<string, string> { ["Security:AllowPlainHttp"] = "true" });

    /// <summary>The SQLite file; deleted when the server is disposed.</summary>
    public string DatabasePath => _dbPath;

    public string EnvironmentName => _environment;

    /// <summary>The connection string the app uses, for running an operator command against the same file.</summary>
    public string SqliteConnectionString => $"Data Source={_dbPath}";

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        if (_demo)
        {
            builder.UseSetting("Database:SeedDemoData", "true");
        }
        builder.UseSetting("ConnectionStrings:Sqlite", SqliteConnectionString);
        // The whole browser suite signs in from one address, many times a minute; the limits have their own tests.
        builder.UseSetting("SignInLimits:PermitsPerAddress", "100000");
        builder.UseSetting("SignInLimits:PermitsPerAccount", "100000");
        builder.UseSetting("PersonalPageLimits:PermitsPerAddress", "100000");
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
