using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using JobConnect.Application.Identity;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using JobConnect.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Security;

/// <summary>
/// A new caseworker's first sign-in on a phone: the enrolment page (QR code and key), the first
/// code, the recovery codes, then the start page — usable at 360 px, by keyboard, and without
/// serious accessibility findings; the second-factor page likewise.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TwoFactorEnrolmentTests(BrowserSession browser)
{
    [Fact]
    public async Task A_new_caseworker_enrols_an_authenticator_app_on_a_phone_and_reaches_the_start_page()
    {
        var email = $"neu-{Guid.NewGuid():N}@e2e.example";
        using (var scope = browser.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Neue Vermittlung", AgencyId = 1 };
            Assert.True((await users.CreateAsync(user, DemoSeeder.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Caseworker);
        }
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(360, 800);
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SubmitPasswordAsync(email, DemoSeeder.Password);

        await Expect(page).ToHaveURLAsync(SetupUrl());
        await Expect(page.Locator(".qr-code svg")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await AssertFitsTheScreenAsync(page);
        await Screenshots.SaveAsync(page, "two-factor-setup-phone");
        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        // Keyboard only: focus the code field, type, press Enter.
        await page.Locator("#code").FocusAsync();
        await page.Keyboard.TypeAsync(await Totp.FreshCodeAsync(key, email));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await AssertAccessibleAsync(page);
        await Screenshots.SaveAsync(page, "two-factor-recovery-codes-phone");
        await page.GetByTestId("continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/caseworker$"));
    }

    [Fact]
    public async Task The_second_factor_page_is_accessible_and_fits_a_phone()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(360, 800);
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SubmitPasswordAsync(DemoSeeder.OrganizerEmail, DemoSeeder.Password);
        await page.WaitForURLAsync(new Regex("/account/two-factor\\?"));
        await login.SubmitCodeAsync("000000" == Totp.Code(DemoSeeder.DemoAuthenticatorKey) ? "111111" : "000000");

        await Expect(login.Error).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await AssertFitsTheScreenAsync(page);
        await Screenshots.SaveAsync(page, "two-factor-wrong-code-phone");
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.Empty(serious);
    }

    private static async Task AssertFitsTheScreenAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");

    [GeneratedRegex("/account/two-factor/setup")]
    private static partial Regex SetupUrl();
}
