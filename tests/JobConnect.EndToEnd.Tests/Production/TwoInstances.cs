using System.Diagnostics;
using JobConnect.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace JobConnect.EndToEnd.Tests.Production;

/// <summary>
/// Two app instances behind nginx sharing one PostgreSQL database, started by the same script an
/// operator uses (<c>tests/scripts/two-instances.sh</c>), with a headless Chromium to drive them.
/// Uses the server in <c>JOBCONNECT_TEST_POSTGRES</c> when set (./test.sh), else a throwaway cluster.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"jobconnect-pair-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Proxy { get; private set; } = null!;
    public Uri InstanceA => Instance("a");
    public Uri InstanceB => Instance("b");
    public string ConnectionString => File.ReadAllText(Path.Combine(_dir, "connection")).Trim();

    public async ValueTask InitializeAsync()
    {
        Proxy = new Uri(await ScriptAsync("start"));
        (_playwright, _browser) = await BrowserSession.LaunchChromiumAsync();
    }

    public Uri Instance(string name) => new($"http://127.0.0.1:{File.ReadAllText(Path.Combine(_dir, $"{name}.port")).Trim()}/");

    /// <summary>The instance ("a" or "b") that listens on the port nginx reported in X-JobConnect-Instance.</summary>
    public string NameOf(string upstream) => upstream.EndsWith($":{InstanceA.Port}", StringComparison.Ordinal) ? "a" : "b";

    public Task StopInstanceAsync(string name) => ScriptAsync("stop-instance", name);
    public Task StartInstanceAsync(string name) => ScriptAsync("start-instance", name);

    public Task<IPage> NewPageAsync(Uri baseAddress) => BrowserSession.NewPageAsync(_browser!, baseAddress);
    public Task<IPage> SignedInPageAsync(Uri baseAddress, string email) => BrowserSession.SignedInPageAsync(_browser!, baseAddress, email);

    public async Task<T> SqlAsync<T>(string sql)
    {
        // No pool: the backup test drops and restores this database under our feet.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Per table of the database: row count and a checksum over every row's full text, in a stable order.</summary>
    public async Task<SortedDictionary<string, string>> TableChecksumsAsync()
    {
        var checksums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // No pool: the backup test drops and restores this database under our feet.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            await using var sum = new NpgsqlCommand($"SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM \"{table}\" t", connection);
            checksums[table] = (string)(await sum.ExecuteScalarAsync())!;
        }
        return checksums;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await ScriptAsync("stop");
        Directory.Delete(_dir, recursive: true);
    }

    private Task<string> ScriptAsync(string action, string? instance = null)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "tests", "scripts", "two-instances.sh")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("tests/scripts/two-instances.sh not found above the test binaries.");
        }
        var environment = Environment.GetEnvironmentVariable("JOBCONNECT_TEST_POSTGRES") is { Length: > 0 } server
            ? new Dictionary<string, string> { ["JOBCONNECT_POSTGRES"] = server }
            : [];
        return RunAsync(Path.Combine(root, "tests", "scripts", "two-instances.sh"), instance is null ? [action, _dir] : [action, _dir, instance], environment);
    }

    /// <summary>Runs a program to its end and returns its output; a failure throws with its error output.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed: {await error}");
        }
        return (await output).Trim();
    }
}
