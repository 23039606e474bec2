using System.Net;
using System.Text.RegularExpressions;

namespace JobConnect.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form, as a browser would: antiforgery token included.</summary>
public static partial class LoginClient
{
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The login form has no antiforgery token.");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Opens a one-time link and submits the set-password form on it, as its owner would.</summary>
    public static async Task<string> PostSetPasswordAsync(this HttpClient client, string linkPath, string password, string? confirmation = null)
    {
        var page = await client.GetStringAsync(linkPath);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The set-password page shows no form.");
        var response = await client.PostAsync(linkPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = token,
            ["Input.Password"] = password,
            ["Input.Confirmation"] = confirmation ?? password,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Password, then — when the login page asks for it — the authenticator code.</summary>
    public static async Task SignInAsync(this HttpClient client, string email)
    {
        var response = await client.PostLoginAsync(email, JobConnectFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.Contains("account/two-factor", StringComparison.Ordinal))
        {
            response = await client.PostSecondFactorAsync(JobConnect.Tests.Shared.Totp.Code(JobConnectFactory.AuthenticatorKey));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    public static async Task<HttpResponseMessage> PostSecondFactorAsync(this HttpClient client, string code) =>
        await client.PostFormAsync("/account/two-factor", "two-factor", new() { ["Code"] = code });

    /// <summary>Signs out with the form of the layout, as the sign-out button does.</summary>
    public static async Task SignOutAsync(this HttpClient client, string fromPage)
    {
        var html = await client.GetStringAsync(fromPage);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts a static server-rendered form of <paramref name="page"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string formName, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{page} has no antiforgery token.");
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    /// <summary>The path a redirect leads to, whether the app wrote it relative or absolute.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        new Uri(new Uri("https://localhost/"), response.Headers.Location!).AbsolutePath;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
