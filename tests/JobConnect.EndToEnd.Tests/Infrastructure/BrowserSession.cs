using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>One app server and one headless Debian Chromium, shared by all browser tests.</summary>
public class BrowserSession : IAsyncLifetime
{
    public BrowserSession() : this(new AppServer())
    {
    }

    /// <summary>For fixtures whose app needs its own settings or clock.</summary>
    protected BrowserSession(AppServer app) => App = app;

    /// <summary>Debian's package; Playwright's own browser download is never used.</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AppServer App { get; }

    public virtual async ValueTask InitializeAsync()
    {
        App.Start();
        (_playwright, _browser) = await LaunchChromiumAsync();
    }

    /// <summary>Headless Debian Chromium under Playwright; the caller disposes both.</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchChromiumAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh as root once, or 'apt-get install -y chromium'.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=de-DE"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh browser context (own cookies) with a German desktop browser's settings.</summary>
    public Task<IPage> NewPageAsync(string locale = "de-DE", int width = 1366) => NewPageAsync(_browser!, App.BaseAddress, locale, width);

    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseAddress, string locale = "de-DE", int width = 1366)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh context as a phone: 360 px wide, touch, mobile; not signed in; through <paramref name="network"/> when given.</summary>
    public async Task<IPage> NewPhonePageAsync(Uri? network = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (network ?? App.BaseAddress).ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            HasTouch = true,
            IsMobile = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh context as a 1366 × 768 screen at 200 % zoom: 683 × 384 CSS px at device scale 2; not signed in.</summary>
    public async Task<IPage> NewZoomedPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 683, Height = 384 },
            DeviceScaleFactor = 2,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in with the given demo login, its start page interactive.</summary>
    public Task<IPage> SignedInPageAsync(string email) => SignedInPageAsync(_browser!, App.BaseAddress, email);

    public static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri baseAddress, string email)
    {
        var page = await NewPageAsync(browser, baseAddress);
        var login = new Pages.LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, JobConnect.Infrastructure.Seeding.DemoSeeder.Password);
        await new Pages.StartPage(page).WaitUntilInteractiveAsync();
        return page;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}

/// <summary>A real installation: Production mode, an empty database, its own browser.</summary>
public sealed class RealInstallationSession() : BrowserSession(AppServer.RealInstallation());

[CollectionDefinition(Name)]
public sealed class RealInstallationCollection : ICollectionFixture<RealInstallationSession>
{
    public const string Name = "Real installation";
}
