using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace JobConnect.Load;

/// <summary>
/// Largest Contentful Paint of a first visit (empty cache) under Lighthouse's mobile profile, without Lighthouse:
/// Chromium's DevTools protocol throttles the network (Network.emulateNetworkConditions) and the CPU
/// (Emulation.setCPUThrottlingRate 4) on a Moto G Power-sized viewport, and the page's own PerformanceObserver
/// reports the 'largest-contentful-paint' entry. Signed-in pages are signed in first, then the cache is cleared.
/// </summary>
public sealed class FirstLoad(Browser browser)
{
    /// <summary>Network profiles: the one Lighthouse's mobile preset names, and what its DevTools mode applies to it (×3.75 latency, ×0.9 throughput).</summary>
    private static readonly (string Name, double LatencyMs, double DownKbps, double UpKbps)[] Profiles =
    [
        ("slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up", 150, 1600, 750),
        ("Lighthouse DevTools-applied: 562.5 ms, 1.47 Mbit/s, 675 kbit/s", 562.5, 1474.56, 675),
    ];

    private const string ObserveLcp = """
        window.__lcp = null;
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) window.__lcp = { time: e.startTime, size: e.size, element: e.element ? (e.element.tagName + (e.element.id ? '#' + e.element.id : '') + ' ' + (e.element.textContent || '').trim().slice(0, 40)) : e.url };
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        """;

    private readonly Dictionary<string, string> _cookies = [];

    public async Task RunAsync(LoadAccount employer, LoadAccount desk, int runs)
    {
        Console.WriteLine($"== first load (LCP), mobile, CPU ×4, {runs} runs each, median shown — {Uptime.Now()}");
        // The server's first answers of a page include its JIT compilation: one unthrottled visit of each page first.
        foreach (var (path, account) in Pages(employer, desk))
        {
            await using var warm = account is null ? await browser.NewContextAsync() : await SignedInPhoneAsync(account, new BrowserNewContextOptions());
            await (await warm.NewPageAsync()).GotoAsync(path);
        }
        foreach (var profile in Profiles)
        {
            Console.WriteLine($"-- {profile.Name}");
            foreach (var (path, account) in Pages(employer, desk))
            {
                var lcps = new List<double>();
                string last = "";
                for (var run = 0; run < runs; run++)
                {
                    var (lcp, fcp, bytes, element) = await MeasureAsync(path, account, profile.LatencyMs, profile.DownKbps, profile.UpKbps);
                    lcps.Add(lcp);
                    last = string.Create(CultureInfo.InvariantCulture, $"FCP {fcp:F0} ms, {bytes / 1024.0:F0} KiB transferred, LCP element: {element}");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  /{path}: LCP median {Percentiles.Of(lcps, 50):F0} ms (runs: {string.Join(", ", lcps.Select(l => l.ToString("F0", CultureInfo.InvariantCulture)))}); {last}"));
            }
        }
        Console.WriteLine($"done — {Uptime.Now()}");
    }

    private static (string Path, LoadAccount? Account)[] Pages(LoadAccount employer, LoadAccount desk) =>
        [("account/login", null), ("employer/booth", employer), ("checkin", desk)];

    private async Task<(double Lcp, double Fcp, long Bytes, string Element)> MeasureAsync(string path, LoadAccount? account, double latency, double downKbps, double upKbps)
    {
        // A Moto G Power-like phone, as Lighthouse's mobile preset emulates it.
        var phone = new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 412, Height = 823 }, DeviceScaleFactor = 1.75f, IsMobile = true, HasTouch = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36",
        };
        await using var context = account is null ? await browser.NewContextAsync(phone) : await SignedInPhoneAsync(account, phone);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(ObserveLcp);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.clearBrowserCache");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = false });
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = latency,
            ["downloadThroughput"] = downKbps * 1024 / 8, ["uploadThroughput"] = upKbps * 1024 / 8,
        });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        if (account is not null)
        {
            // The sign-in page is static server rendering; the others are measured until their circuit answers too.
            await Browser.WaitInteractiveAsync(page);
        }
        await page.WaitForTimeoutAsync(2000);
        var result = await page.EvaluateAsync<JsonElement>("""
            () => ({
              lcp: window.__lcp ? window.__lcp.time : -1,
              element: window.__lcp ? String(window.__lcp.element) : '',
              fcp: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime,
              bytes: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || 0), 0),
            })
            """);
        return (result.GetProperty("lcp").GetDouble(), result.GetProperty("fcp").GetDouble(), (long)result.GetProperty("bytes").GetDouble(),
            result.GetProperty("element").GetString() ?? "");
    }

    /// <summary>A new context (empty cache) with the account's cookies; each account signs in once (a code is used once).</summary>
    private async Task<IBrowserContext> SignedInPhoneAsync(LoadAccount account, BrowserNewContextOptions phone)
    {
        if (!_cookies.TryGetValue(account.Email, out var state))
        {
            var signedIn = await browser.SignedInAsync(account);
            state = _cookies[account.Email] = await signedIn.StorageStateAsync();
            await signedIn.CloseAsync();
        }
        phone.StorageState = state;
        return await browser.NewContextAsync(phone);
    }
}
