using System.Net;

namespace JobConnect.Web.Tests.Infrastructure;

/// <summary>The role × page matrices of all areas share one check.</summary>
public static class PageAccess
{
    /// <summary>Opens the page signed in as <paramref name="email"/>: 200 when allowed, else the redirect to the access-denied page.</summary>
    public static async Task AssertPageAccessAsync(this JobConnectFactory factory, string email, string page, bool allowed)
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(page);

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        if (!allowed)
        {
            Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }
}
