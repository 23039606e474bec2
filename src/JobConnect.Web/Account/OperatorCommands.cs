using JobConnect.Application.Features.Accounts;
using JobConnect.Infrastructure.Seeding;

namespace JobConnect.Web.Account;

/// <summary>
/// Commands an operator runs with the app's own settings instead of starting the web server:
/// <c>dotnet JobConnect.Web.dll create-organizer --email ADDRESS</c> migrates the database, creates the
/// organizer without a password, prints a one-time link to set one, and exits.
/// </summary>
public static class OperatorCommands
{
    public const string CreateOrganizer = "create-organizer";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == CreateOrganizer;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = ValueOf(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-organizer --email ADDRESS");
            return 2;
        }
        var environment = services.GetRequiredService<IHostEnvironment>().EnvironmentName;
        var database = services.GetRequiredService<Infrastructure.Data.DatabaseOptions>();
        Console.WriteLine($"Environment {environment}, database {database.Provider}.");
        await DatabaseInitializer.RunAsync(services, seedDemo: false);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var link = await scope.ServiceProvider.GetRequiredService<CreateFirstOrganizer>().HandleAsync(email);
            var expires = Application.Common.FairClock.ToFairTime(link.ExpiresUtc);
            Console.WriteLine($"Organizer {email.Trim()}: open this link once to set the password (valid until {expires:yyyy-MM-dd HH:mm}, Europe/Berlin):");
            Console.WriteLine(link.Url);
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Application.Common.BusinessRuleException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static string? ValueOf(string[] args, string name)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
            {
                return args[i + 1];
            }
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }
        return null;
    }
}
