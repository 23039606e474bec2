using System.Diagnostics;
using JobConnect.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace JobConnect.EndToEnd.Tests.Production;

/// <summary>
/// Two app instances behind nginx sharing one PostgreSQL database, started by the same script an
/// operator uses (<c>scripts/two-instances.sh</c>), with a headless Chromium to drive them.
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
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
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

    private async Task<string> ScriptAsync(params string[] args)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "two-instances.sh")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("scripts/two-instances.sh not found above the test binaries.");
        }
        var start = new ProcessStartInfo(Path.Combine(root, "scripts", "two-instances.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(args[0]);
        start.ArgumentList.Add(_dir);
        foreach (var arg in args.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }
        if (Environment.GetEnvironmentVariable("JOBCONNECT_TEST_POSTGRES") is { Length: > 0 } server)
        {
            start.Environment["JOBCONNECT_POSTGRES"] = server;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"two-instances.sh {string.Join(' ', args)} failed: {await error}");
        }
        return (await output).Trim();
    }
}
