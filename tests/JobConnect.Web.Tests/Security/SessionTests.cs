using System.Net;
using JobConnect.Application.Identity;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>Sessions end on the server (ASVS V7.4): a cookie is worth nothing once its session has ended.</summary>
public sealed class SessionTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_sign_out_is_refused_afterwards()
    {
        var client = factory.CreateBrowserlikeClient();
        var login = await client.PostLoginAsync(EmployerEmail, Password);
        var copy = AuthCookie(login);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(copy).GetAsync("/employer")).StatusCode);

        await client.SignOutAsync("/employer");

        var replay = await WithCookie(copy).GetAsync("/employer");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/login", replay.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_users_other_session_open()
    {
        var laptop = factory.CreateBrowserlikeClient();
        await laptop.SignInAsync(EmployerEmail);
        var tablet = factory.CreateBrowserlikeClient();
        await tablet.SignInAsync(EmployerEmail);

        await laptop.SignOutAsync("/employer");

        Assert.Equal(HttpStatusCode.OK, (await tablet.GetAsync("/employer")).StatusCode);
    }

    public static TheoryData<string> AccountChanges() => ["security stamp", "lockout", "password reset"];

    [Theory]
    [MemberData(nameof(AccountChanges))]
    public async Task A_change_to_the_account_ends_every_open_session_at_the_next_request(string change)
    {
        var email = $"caseworker-{Guid.NewGuid():N}@test.example";
        var user = await factory.WithServiceAsync<UserManager<ApplicationUser>, ApplicationUser>(async users =>
            await CreateUser(users, email, Roles.Caseworker, agencyId: 1));
        var first = factory.CreateBrowserlikeClient();
        await first.SignInAsync(email);
        var second = factory.CreateBrowserlikeClient();
        await second.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/jobseekers")).StatusCode);

        await factory.WithServiceAsync<UserManager<ApplicationUser>, IdentityResult>(async users =>
        {
            var current = (await users.FindByIdAsync(user.Id))!;
            return change switch
            {
                // What the user administration does for a role or agency change.
                "security stamp" => await users.UpdateSecurityStampAsync(current),
                "lockout" => await users.SetLockoutEndDateAsync(current, DateTimeOffset.UtcNow.AddYears(100)),
                _ => await users.ResetPasswordAsync(current, await users.GeneratePasswordResetTokenAsync(current), "a brand new passphrase"),
            };
        });

        foreach (var client in new[] { first, second })
        {
            var response = await client.GetAsync("/jobseekers");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task Open_pages_revalidate_at_least_once_a_minute()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SessionLifetimeOptions>>().Value;

        Assert.True(options.RevalidationInterval <= TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(10), options.AbsoluteLifetime);
    }

    private static string AuthCookie(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-JobConnect.Auth=", StringComparison.Ordinal)).Split(';')[0];

    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}

/// <summary>Idle timeout and absolute lifetime, with the app's clock under the test's control.</summary>
public sealed class SessionLifetimeTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_session_idle_for_more_than_30_minutes_ends_but_activity_keeps_it_alive()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(EmployerEmail);

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/employer")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/employer")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await client.GetAsync("/employer");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_session_ends_after_10_hours_however_active()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(EmployerEmail);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(9.5); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/employer")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(40));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/employer")).StatusCode);
    }
}
