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
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"jobconnect-e2e-{Guid.NewGuid():N}.db");

    public AppServer() => UseKestrel(0);

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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_dbPath);
    }
}
