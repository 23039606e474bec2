using System.Net;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Security;

/// <summary>
/// The policy (script-src 'self', no inline script) holds in a real browser: the interactive pages
/// work and Chromium reports no violation; Kestrel sends no Server header.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSession browser)
{
    [Theory]
    [InlineData(DemoSeeder.OrganizerEmail, "organizer/schedule")]
    [InlineData(DemoSeeder.CaseworkerEmail, "matching")]
    public async Task Interactive_pages_run_under_the_policy_without_a_violation(string email, string path)
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var login = new Pages.LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, DemoSeeder.Password);
        await new Pages.StartPage(page).WaitUntilInteractiveAsync();

        await page.GotoAsync(path);
        await new Pages.StartPage(page).WaitUntilInteractiveAsync();
        await page.Locator("header button").First.ClickAsync();

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("account/login")]
    [InlineData("app.css")]
    [InlineData("_framework/blazor.web.js")]
    [InlineData("health/live")]
    public async Task Kestrel_answers_without_a_server_header_and_with_the_policy(string path)
    {
        using var client = new HttpClient { BaseAddress = browser.App.BaseAddress };

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"{path} names the server.");
        Assert.Contains("script-src 'self';", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }
}
