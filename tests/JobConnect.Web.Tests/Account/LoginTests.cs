using System.Net;
using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Account;

public sealed class LoginTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page()
    {
        var client = factory.CreateBrowserlikeClient();

        var response = await client.GetAsync("/organizer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_login_page_is_German_and_has_both_fields()
    {
        var html = await factory.CreateBrowserlikeClient().GetStringAsync("/account/login");

        Assert.Contains("<title>Anmelden – JobConnect</title>", html);
        Assert.Contains("autocomplete=\"current-password\"", html);
        Assert.Contains("E-Mail-Adresse", html);
    }

    [Fact]
    public async Task Correct_password_signs_in_and_sets_the_cookie()
    {
        var client = factory.CreateBrowserlikeClient();

        var response = await client.PostLoginAsync(EmployerEmail, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-JobConnect.Auth=", StringComparison.Ordinal)
            && c.Contains("httponly") && c.Contains("secure") && c.Contains("samesite=strict"));
        var start = await client.GetAsync("/employer");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_fails_with_a_message_that_reveals_nothing()
    {
        var client = factory.CreateBrowserlikeClient();

        var wrongPassword = await client.PostLoginAsync(CaseworkerEmail, "not the password at all");
        var unknownUser = await client.PostLoginAsync("nobody@test.example", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var message = await wrongPassword.Content.ReadAsStringAsync();
        Assert.Contains("Anmeldung fehlgeschlagen", message);
        Assert.DoesNotContain("not the password at all", message);
        var cookies = wrongPassword.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("__Host-JobConnect.Auth=", StringComparison.Ordinal));
        Assert.Equal(Extract(message), Extract(await unknownUser.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task The_sixth_attempt_after_five_failures_is_locked_out_even_with_the_right_password()
    {
        var client = factory.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostLoginAsync(LockoutEmail, $"wrong password {attempt}")).StatusCode);
        }

        var sixth = await client.PostLoginAsync(LockoutEmail, Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("Anmeldung fehlgeschlagen", await sixth.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_without_antiforgery_token_is_rejected()
    {
        var client = factory.CreateBrowserlikeClient();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = OrganizerEmail,
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(EmployerEmail);
        var page = await client.GetStringAsync("/employer");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/employer")).StatusCode);
    }

    private static string Extract(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"login-error\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
}
