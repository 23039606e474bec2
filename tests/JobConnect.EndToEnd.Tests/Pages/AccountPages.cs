using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The static account pages reached by a one-time link.</summary>
public sealed class SetPasswordPage(IPage page)
{
    public ILocator Done => page.GetByTestId("password-set");
    public ILocator Problem => page.GetByTestId("link-problem");

    public async Task SetAsync(string link, string password)
    {
        await page.GotoAsync(link);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#confirmation").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
    }
}

/// <summary>The public company registration page.</summary>
public sealed class RegisterEmployerPage(IPage page)
{
    public ILocator Done => page.GetByTestId("registered");

    public async Task OpenAsync() => await page.GotoAsync("register");

    public async Task FillAsync(string id, string value) => await page.Locator($"#{id}").FillAsync(value);

    public async Task SubmitAsync() => await page.GetByTestId("register-submit").ClickAsync();
}
