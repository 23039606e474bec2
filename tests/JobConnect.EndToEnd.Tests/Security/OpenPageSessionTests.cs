using System.Text.RegularExpressions;
using JobConnect.Application.Identity;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Security;

/// <summary>
/// An open page (Blazor circuit) obeys the same session rules as every request: it ends when the
/// account is locked or its security stamp moves, when idle for 30 minutes and 10 hours after sign-in.
/// The app runs on its own clock here, and re-checks every 3 seconds instead of every minute
/// (the one-minute default is asserted in the HTTP tests) so the suite stays quick.
/// </summary>
public sealed partial class OpenPageSessionTests(ClockedBrowserSession browser) : IClassFixture<ClockedBrowserSession>
{
    [Theory]
    [InlineData("lockout")]
    [InlineData("security stamp")]
    public async Task A_caseworkers_open_page_goes_to_the_login_page_once_the_account_is_changed(string change)
    {
        var email = await NewCaseworkerAsync();
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, DemoSeeder.Password, withAuthenticator: true);
        await page.GotoAsync("jobseekers");
        await new StartPage(page).WaitUntilInteractiveAsync();

        await WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            return change == "lockout"
                ? await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(1))
                : await users.UpdateSecurityStampAsync(user);
        });

        await Expect(page).ToHaveURLAsync(LoginUrl(), new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, $"session-ended-{change.Replace(' ', '-')}");
    }

    [Fact]
    public async Task An_open_page_left_alone_for_more_than_30_minutes_goes_to_the_login_page()
    {
        var page = await browser.SignedInPageAsync(await DemoEmployerAsync());

        browser.Clock.Advance(TimeSpan.FromMinutes(31));

        await Expect(page).ToHaveURLAsync(LoginUrl(), new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Working_in_an_open_page_keeps_it_for_10_hours_and_not_longer()
    {
        var page = await browser.SignedInPageAsync(await DemoEmployerAsync());
        var menu = page.Locator("header button").First;

        // Clicks in the page are activity: 25 minutes apart never reach the idle timeout.
        var clicks = 0;
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(10); elapsed += TimeSpan.FromMinutes(25))
        {
            browser.Clock.Advance(TimeSpan.FromMinutes(25));
            await menu.ClickAsync();
            // The server has seen the click before the clock moves on.
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-activity-reported", (++clicks).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotMatch(LoginUrl(), page.Url);
        }
        browser.Clock.Advance(TimeSpan.FromMinutes(1));
        await menu.ClickAsync();

        await Expect(page).ToHaveURLAsync(LoginUrl(), new() { Timeout = 30_000 });
    }

    private async Task<string> NewCaseworkerAsync()
    {
        var email = $"cw-{Guid.NewGuid():N}@e2e.example";
        await WithUsersAsync(async users =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "E2E", AgencyId = 1 };
            await users.CreateAsync(user, DemoSeeder.Password);
            await users.AddToRoleAsync(user, Roles.Caseworker);
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyToken.Provider, AuthenticatorKeyToken.Name, DemoSeeder.DemoAuthenticatorKey);
            return await users.SetTwoFactorEnabledAsync(user, true);
        });
        return email;
    }

    private async Task<string> DemoEmployerAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return logins.Single(l => l.Role == Roles.Employer).Email;
    }

    private async Task WithUsersAsync(Func<UserManager<ApplicationUser>, Task<IdentityResult>> change)
    {
        using var scope = browser.App.Services.CreateScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
        Assert.True(result.Succeeded);
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}

/// <summary>The browser session over an app with its own clock and a 3-second re-check of open pages.</summary>
public sealed class ClockedBrowserSession : BrowserSession
{
    public ClockedBrowserSession() : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private ClockedBrowserSession(FakeTimeProvider clock)
        : base(new AppServer(new Dictionary<string, string> { ["Sessions:RevalidationInterval"] = "00:00:03" }, clock)) => Clock = clock;

    public FakeTimeProvider Clock { get; }
}
