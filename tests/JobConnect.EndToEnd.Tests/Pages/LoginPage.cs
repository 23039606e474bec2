using System.Text.RegularExpressions;
using JobConnect.Infrastructure.Seeding;
using JobConnect.Tests.Shared;
using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The sign-in form as a user sees it, with the second step for roles that need an authenticator code.</summary>
public sealed partial class LoginPage(IPage page)
{
    public ILocator Error => page.GetByTestId("login-error");

    public async Task OpenAsync() => await page.GotoAsync("account/login");

    /// <summary>
    /// Password first; the demo organizer and caseworker then type the code of the demo authenticator
    /// (pre-enrolled in Development only), as their phone would show it.
    /// </summary>
    public async Task SignInAsync(string email, string password, bool withAuthenticator = false)
    {
        await SubmitPasswordAsync(email, password);
        if (withAuthenticator || email is DemoSeeder.OrganizerEmail or DemoSeeder.CaseworkerEmail or DemoSeeder.CheckInEmail)
        {
            await page.WaitForURLAsync(TwoFactorUrl());
            await SubmitCodeAsync(await Totp.FreshCodeAsync(DemoSeeder.DemoAuthenticatorKey, email));
        }
    }

    public async Task SubmitPasswordAsync(string email, string password)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
    }

    public async Task SubmitCodeAsync(string code)
    {
        await page.Locator("#code").FillAsync(code);
        await page.Locator("form button[type=submit]").ClickAsync();
    }

    [GeneratedRegex("/account/two-factor\\?")]
    private static partial Regex TwoFactorUrl();
}
