using System.Net;
using JobConnect.Tests.Shared;
using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>An authenticator code opens an account once (ASVS 6.5.1): a code seen over a shoulder or in a log is spent.</summary>
public sealed class TwoFactorCodeReuseTests(SingleUseCodesFactory factory) : IClassFixture<SingleUseCodesFactory>
{
    [Fact]
    public async Task A_code_that_opened_the_account_is_refused_the_second_time_and_the_next_code_works()
    {
        var now = DateTimeOffset.UtcNow;
        var code = Totp.Code(AuthenticatorKey, now);
        var first = factory.CreateBrowserlikeClient();
        await first.PostLoginAsync(OrganizerEmail, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostSecondFactorAsync(code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/organizer")).StatusCode);

        var replay = factory.CreateBrowserlikeClient();
        await replay.PostLoginAsync(OrganizerEmail, Password);
        var refused = await replay.PostSecondFactorAsync(code);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Der Code passt nicht", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/organizer")).StatusCode);

        // The phone's next code (the app accepts a step of clock drift) still opens the account.
        var next = await replay.PostSecondFactorAsync(Totp.Code(AuthenticatorKey, now.AddSeconds(30)));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task Two_sign_ins_racing_with_the_same_code_let_exactly_one_in()
    {
        var code = Totp.Code(AuthenticatorKey, DateTimeOffset.UtcNow); // the caseworker's: the other test signs in the organizer
        var clients = Enumerable.Range(0, 4).Select(_ => factory.CreateBrowserlikeClient()).ToList();
        foreach (var client in clients)
        {
            await client.PostLoginAsync(CaseworkerEmail, Password);
        }

        var answers = await Task.WhenAll(clients.Select(c => c.PostSecondFactorAsync(code)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var opened = await Task.WhenAll(clients.Select(async c => (await c.GetAsync("/caseworker")).StatusCode));
        Assert.Single(opened, s => s == HttpStatusCode.OK);
    }
}
