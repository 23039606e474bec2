using JobConnect.Tests.Shared;
using Microsoft.Playwright;

namespace JobConnect.Load;

/// <summary>
/// One headless Debian Chromium for the whole run; a browser context per signed-in account, and as many pages
/// (each its own Blazor circuit, as a user's tab is) in it as the run needs. The light client of issue 17:
/// one browser process tree with many pages instead of a browser per user.
/// </summary>
public sealed class Browser(IPlaywright playwright, IBrowser chromium, Uri baseAddress) : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    public Uri BaseAddress => baseAddress;
    public IBrowser Chromium => chromium;

    public static async Task<Browser> LaunchAsync(Uri baseAddress)
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=de-DE", "--disable-extensions"],
        });
        return new Browser(playwright, chromium, baseAddress);
    }

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };
        options.BaseURL = baseAddress.ToString();
        options.Locale ??= "de-DE";
        options.TimezoneId ??= "Europe/Berlin";
        return await chromium.NewContextAsync(options);
    }

    /// <summary>A context signed in as the account through the sign-in form (and its code step), as a user does.</summary>
    public async Task<IBrowserContext> SignedInAsync(LoadAccount account)
    {
        var context = await NewContextAsync();
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.Locator("#email").FillAsync(account.Email);
        await page.Locator("#password").FillAsync(LoadFair.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        if (account.NeedsCode)
        {
            await page.WaitForURLAsync(url => url.Contains("/account/two-factor", StringComparison.Ordinal));
            await EnterCodeAsync(page);
        }
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.CloseAsync();
        return context;
    }

    /// <summary>
    /// Types the authenticator's current code; a code is accepted once per account, so when the same account
    /// signed in within this 30-second step the form refuses it and the next step's code is typed, as a user would.
    /// </summary>
    private static async Task EnterCodeAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            await page.Locator("#code").FillAsync(Totp.Code(LoadFair.AuthenticatorKey));
            await page.Locator("form button[type=submit]").ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2)
            {
                await Task.Delay(TimeSpan.FromSeconds(31 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30));
                if (!page.Url.Contains("/account/two-factor", StringComparison.Ordinal))
                {
                    return;
                }
            }
        }
    }

    /// <summary>A page of the context at the address, once Blazor's circuit is up (the page answers clicks).</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await WaitInteractiveAsync(page);
        return page;
    }

    public static async Task WaitInteractiveAsync(IPage page) =>
        // The layout marks itself once its circuit runs (as the E2E StartPage waits): clicks before that do nothing.
        await page.Locator("#app-ready[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });

    public async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        playwright.Dispose();
    }
}
