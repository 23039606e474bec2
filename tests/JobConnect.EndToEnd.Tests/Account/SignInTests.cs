using System.Text.RegularExpressions;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Account;

/// <summary>A newcomer's first minutes: the demo logins printed at start lead each role to its start page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserSession browser)
{
    [Theory]
    [InlineData("organizer", DemoSeeder.OrganizerEmail, "/organizer", "Messe-Übersicht")]
    [InlineData("caseworker", DemoSeeder.CaseworkerEmail, "/caseworker", "Übersicht Vermittlung")]
    [InlineData("employer", null, "/employer", "Übersicht Arbeitgeber")]
    public async Task Each_demo_login_reaches_its_start_page_with_the_fairs_figures(string role, string? email, string path, string heading)
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SignInAsync(email ?? await DemoEmployerEmailAsync(), DemoSeeder.Password);

        var start = new StartPage(page);
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(path)}$"));
        await start.WaitUntilInteractiveAsync();
        await Expect(start.Heading).ToHaveTextAsync(heading);
        await Expect(start.FairLine).ToContainTextAsync("job-connect Kassel");
        await Expect(start.KeyFigures).ToBeVisibleAsync();
        await Expect(start.PhaseRows).ToHaveCountAsync(2);

        var screenshot = await Screenshots.SaveAsync(page, $"start-{role}");
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"{screenshot} looks empty.");

        await start.SignOutAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_login_page_with_a_message()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SubmitPasswordAsync(DemoSeeder.OrganizerEmail, "not the demo password");

        await Expect(login.Error).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Screenshots.SaveAsync(page, "login-failed");
    }

    [Fact]
    public async Task The_login_page_switches_between_German_and_English()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Anmelden");
        await Screenshots.SaveAsync(page, "login");

        await page.GetByTestId("language-switch").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Anmelden");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_the_login_page()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("organizer");

        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.Locator("#email")).ToBeVisibleAsync();
    }

    private async Task<string> DemoEmployerEmailAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return logins.Single(l => l.Role == "Employer").Email;
    }
}
