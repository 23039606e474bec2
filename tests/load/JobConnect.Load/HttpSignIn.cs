using System.Net;
using System.Text.RegularExpressions;
using JobConnect.Tests.Shared;

namespace JobConnect.Load;

/// <summary>
/// Signs an account in over plain HTTP, through the same static forms a browser posts (antiforgery token, then
/// the authenticator code), and keeps the session cookie in a container the account's circuits share — as the
/// tabs of one browser share its cookies.
/// </summary>
public static partial class HttpSignIn
{
    public static async Task<CookieContainer> SignInAsync(Uri baseAddress, LoadAccount account)
    {
        var cookies = new CookieContainer();
        using var client = Client(baseAddress, cookies);
        var response = await PostFormAsync(client, "account/login", "login", new()
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = LoadFair.Password,
        });
        if (account.NeedsCode)
        {
            // A code is accepted once per account and step (unless the run switches that rule off): when refused,
            // the next step's code is typed, as a user would.
            for (var attempt = 1; ; attempt++)
            {
                response = await PostFormAsync(client, "account/two-factor", "two-factor", new() { ["Code"] = Totp.Code(LoadFair.AuthenticatorKey) });
                if (SignedIn(response) || attempt == 3)
                {
                    break;
                }
                await Task.Delay(TimeSpan.FromSeconds(31 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30));
            }
        }
        if (!SignedIn(response))
        {
            throw new InvalidOperationException($"{account.Email}: sign-in did not succeed ({(int)response.StatusCode} → {Location(response)}).");
        }
        return cookies;
    }

    /// <summary>A client with the account's cookies that follows no redirects (a redirect to the login is an answer to see).</summary>
    public static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    private static bool SignedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && !Location(response).Contains("account/", StringComparison.Ordinal);

    private static string Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string formName, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value;
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
