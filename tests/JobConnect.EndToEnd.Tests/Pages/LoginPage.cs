using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The sign-in form as a user sees it.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator Error => page.GetByTestId("login-error");

    public async Task OpenAsync() => await page.GotoAsync("account/login");

    public async Task SignInAsync(string email, string password)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
    }
}
