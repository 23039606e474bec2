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

    public static async Task SignInAsync(this HttpClient client, string email)
    {
        var response = await client.PostLoginAsync(email, JobConnectFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
