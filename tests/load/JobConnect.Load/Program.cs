using System.Globalization;
using JobConnect.Application.Identity;
using JobConnect.Load;

// The load runs of issue 17 against a running app; tests/load/run-all.sh starts the app and calls these in turn.
// Database settings come from the same environment variables as the app's (Database__Provider, ConnectionStrings__...).
//   prepare                                   invite and plan the demo fair, create the load accounts
//   navigation  --base URL --pid P --metrics F [--rounds 20]
//   interactive --base URL --pid P --metrics F [--levels 50,100,200] [--measure 60] [--think 5-15]
//   protocol    --base URL --pid P --metrics F [--levels 50,100,200] [--measure 60] [--think 5-15]   the same without a browser
//   protocol-navigation --base URL --pid P --metrics F [--rounds 20] [--warmup 1]                   server CPU per navigation, no browser
//   first-load  --base URL [--runs 3]
//   checkin     --base URL --pid P --metrics F [--scans 20] [--pause-ms 1000]
//   cookie      --base URL --role Employer|CheckIn   prints a signed-in Cookie header (for Lighthouse's --extra-headers)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: JobConnect.Load prepare|navigation|interactive|protocol|protocol-navigation|first-load|checkin [options] (see Program.cs)");
    return 2;
}
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

await using var services = LoadFair.Services();
if (args[0] == "prepare")
{
    await LoadFair.PrepareAsync(services);
    Console.WriteLine("Load fair prepared: everyone invited and planned, load accounts present.");
    return 0;
}

var baseAddress = new Uri(Option("base", "http://127.0.0.1:5000/"));
var server = new Server(Number("pid", 0), Option("metrics", "/dev/null"));
var caseworkers = await LoadFair.AccountsAsync(services, Roles.Caseworker);
var employers = await LoadFair.AccountsAsync(services, Roles.Employer);
var desks = await LoadFair.AccountsAsync(services, Roles.CheckIn);
var levels = Option("levels", "50,100,200").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
var think = Option("think", "5-15").Split('-').Select(t => TimeSpan.FromSeconds(int.Parse(t, CultureInfo.InvariantCulture))).ToArray();
switch (args[0])
{
    // The protocol-level client: no browser started.
    case "protocol":
        await new ProtocolLoad(baseAddress, server, caseworkers, employers).RunAsync(levels, TimeSpan.FromSeconds(Number("measure", 60)), think[0], think[1]);
        return 0;
    case "protocol-navigation":
        await new ProtocolLoad(baseAddress, server, caseworkers, employers).NavigationCostAsync(Number("rounds", 20), Number("warmup", 1));
        return 0;
}
await using var browser = await Browser.LaunchAsync(baseAddress);
switch (args[0])
{
    case "navigation":
        await new NavigationCost(browser, server, caseworkers[0]).RunAsync(Number("rounds", 20));
        break;
    case "interactive":
        await new InteractiveLoad(browser, server, caseworkers, employers).RunAsync(levels, TimeSpan.FromSeconds(Number("measure", 60)), think[0], think[1]);
        break;
    case "first-load":
        await new FirstLoad(browser).RunAsync(employers[0], desks[0], Number("runs", 3));
        break;
    case "checkin":
        await new CheckInLoad(browser, server, services).RunAsync(desks, employers, Number("scans", 20), TimeSpan.FromMilliseconds(Number("pause-ms", 1000)));
        break;
    case "cookie":
        var account = Option("role", Roles.Employer) == Roles.CheckIn ? desks[0] : employers[0];
        var context = await browser.SignedInAsync(account);
        Console.WriteLine(string.Join("; ", (await context.CookiesAsync([baseAddress.ToString()])).Select(c => $"{c.Name}={c.Value}")));
        break;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
return 0;
