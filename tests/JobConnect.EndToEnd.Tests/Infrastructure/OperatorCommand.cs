using System.Diagnostics;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the app's operator command as the README documents it for a container: the built
/// <c>JobConnect.Web.dll</c> with the app's own settings (environment and connection string as
/// environment variables), in a separate process.
/// </summary>
public static class OperatorCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(AppServer app, params string[] arguments)
    {
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = app.EnvironmentName;
        start.Environment["DOTNET_ENVIRONMENT"] = app.EnvironmentName;
        start.Environment["ConnectionStrings__Sqlite"] = app.SqliteConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The web project's own build output of the same configuration as this test run.</summary>
    private static string WebDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var parts = testBin.FullName.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var configuration = parts[Array.LastIndexOf(parts, "bin") + 1];
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "JobConnect.sln")))
        {
            root = root.Parent;
        }
        var bin = Path.Combine(root!.FullName, "src", "JobConnect.Web", "bin", configuration);
        return Directory.EnumerateFiles(bin, "JobConnect.Web.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
    }
}
