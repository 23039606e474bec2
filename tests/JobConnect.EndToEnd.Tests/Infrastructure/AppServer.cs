using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port) over a fresh SQLite file with the demo fair seeded,
/// exactly as <c>dotnet run</c> starts it for a newcomer.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _dbPath;

    /// <param name="databasePath">An existing database file to serve (a restored backup); default a new one.</param>
    public AppServer(string? databasePath = null)
    {
        _dbPath = databasePath ?? Path.Combine(Path.GetTempPath(), $"jobconnect-e2e-{Guid.NewGuid():N}.db");
        UseKestrel(0);
    }

    /// <summary>The SQLite file; deleted when the server is disposed.</summary>
    public string DatabasePath => _dbPath;

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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_dbPath);
    }
}
