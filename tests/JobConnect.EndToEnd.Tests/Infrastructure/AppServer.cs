using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port) over a fresh SQLite file: by default with the demo fair
/// seeded, exactly as <c>dotnet run</c> starts it for a newcomer; or as an operator starts a real
/// installation (<see cref="RealInstallation"/>: Production, nothing seeded).
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _dbPath;
    private readonly string _environment;
    private readonly bool _demo;

    /// <param name="databasePath">An existing database file to serve (a restored backup); default a new one.</param>
    public AppServer(string? databasePath = null) : this(databasePath, "Development", demo: true)
    {
    }

    private AppServer(string? databasePath, string environment, bool demo)
    {
        _dbPath = databasePath ?? Path.Combine(Path.GetTempPath(), $"jobconnect-e2e-{Guid.NewGuid():N}.db");
        (_environment, _demo) = (environment, demo);
        UseKestrel(0);
    }

    /// <summary>Production settings (appsettings.json only), an empty database, no demo switch.</summary>
    public static AppServer RealInstallation() => new(null, "Production", demo: false);

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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_dbPath);
    }
}
