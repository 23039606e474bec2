using System.Net;
using JobConnect.Application.Identity;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>Sign-in attempts are limited per account (ASVS V6.3.1), with a clear message in German and English.</summary>
public sealed class AccountLimitTests(LimitedFactory factory) : IClassFixture<LimitedFactory>
{
    [Fact]
    public async Task After_the_accounts_permits_even_the_right_password_gets_the_too_many_attempts_message()
    {
        var client = factory.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= LimitedFactory.PermitsPerAccount; attempt++)
        {
            Assert.DoesNotContain("Zu viele Anmeldeversuche", await (await client.PostLoginAsync("guessed@test.example", $"guess {attempt}")).Content.ReadAsStringAsync());
        }

        var german = await client.PostLoginAsync("guessed@test.example", "one more guess");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await client.PostLoginAsync("GUESSED@test.example", "and another");

        Assert.Contains("Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten", await german.Content.ReadAsStringAsync());
        Assert.Contains("Too many sign-in attempts. Please wait a few minutes", await english.Content.ReadAsStringAsync());
    }
}

/// <summary>Sign-in posts are limited per client address by ASP.NET Core's rate limiter.</summary>
public sealed class AddressLimitTests(LimitedFactory factory) : IClassFixture<LimitedFactory>
{
    [Fact]
    public async Task Posts_beyond_the_addresss_permits_are_answered_429_with_a_message()
    {
        var client = factory.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= LimitedFactory.PermitsPerAddress; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostLoginAsync($"person{attempt}@test.example", "wrong")).StatusCode);
        }

        var refused = await client.PostLoginAsync("another@test.example", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele Anmeldeversuche", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}

/// <summary>
/// An unknown address costs the same password hashing as a wrong password, so response times do not
/// reveal which accounts exist (ASVS V6.3.8). Counted, not timed: timings on a shared machine are noise.
/// </summary>
public sealed class SignInTimingTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    [Theory]
    [InlineData("nobody-here@test.example")]
    [InlineData(EmployerEmail)]
    [InlineData(LockoutEmail)]
    public async Task Unknown_wrong_and_locked_accounts_each_cost_one_password_hash(string email)
    {
        if (email == LockoutEmail)
        {
            await factory.WithServiceAsync<UserManager<ApplicationUser>, IdentityResult>(async users =>
                await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.UtcNow.AddHours(1)));
        }
        var client = factory.CreateBrowserlikeClient();
        var before = factory.Hasher.Verifications;

        await client.PostLoginAsync(email, "not the password at all");

        Assert.Equal(1, factory.Hasher.Verifications - before);
    }
}

public sealed class CountingHasherFactory : JobConnectFactory
{
    public CountingHasher Hasher { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<ApplicationUser>>(Hasher));
}

public sealed class CountingHasher : IPasswordHasher<ApplicationUser>
{
    private readonly PasswordHasher<ApplicationUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
