using System.Net;
using System.Text.RegularExpressions;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Tests.Shared;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>TOTP second factor (ASVS V6.6): required for organizers and caseworkers, optional for employers.</summary>
public sealed partial class TwoFactorTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Theory]
    [InlineData(OrganizerEmail, "/organizer")]
    [InlineData(CaseworkerEmail, "/caseworker")]
    public async Task The_password_alone_opens_nothing_then_the_authenticator_code_opens_the_start_page(string email, string start)
    {
        var client = factory.CreateBrowserlikeClient();

        var afterPassword = await client.PostLoginAsync(email, Password);

        Assert.Equal("/account/two-factor", afterPassword.RedirectPath());
        Assert.DoesNotContain(SetCookies(afterPassword), c => c.StartsWith("__Host-JobConnect.Auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(start)).StatusCode);

        var afterCode = await client.PostSecondFactorAsync(Totp.Code(AuthenticatorKey));

        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(start)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_keeps_the_user_out_with_a_message()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.PostLoginAsync(CaseworkerEmail, Password);
        var wrong = Totp.Code(AuthenticatorKey) == "000000" ? "111111" : "000000";

        var response = await client.PostSecondFactorAsync(wrong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Der Code passt nicht", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/caseworker")).StatusCode);
    }

    [Fact]
    public async Task Employers_sign_in_with_the_password_alone()
    {
        var client = factory.CreateBrowserlikeClient();

        var response = await client.PostLoginAsync(EmployerEmail, Password);

        Assert.Equal("/", response.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/employer")).StatusCode);
    }

    [Fact]
    public async Task A_new_organizer_enrols_an_authenticator_on_first_sign_in_and_a_recovery_code_works_once()
    {
        var email = $"organizer-{Guid.NewGuid():N}@test.example";
        await factory.WithServiceAsync<UserManager<ApplicationUser>, ApplicationUser>(async users =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Neu" };
            await users.CreateAsync(user, Password);
            await users.AddToRoleAsync(user, Roles.Organizer);
            return user;
        });
        var client = factory.CreateBrowserlikeClient();

        var afterPassword = await client.PostLoginAsync(email, Password);
        Assert.Equal("/account/two-factor/setup", afterPassword.RedirectPath());
        var elsewhere = await client.GetAsync("/organizer");
        Assert.Equal("/account/two-factor/setup", elsewhere.RedirectPath());

        var setupResponse = await client.GetAsync("/account/two-factor/setup");
        Assert.True(setupResponse.StatusCode == HttpStatusCode.OK, $"{setupResponse.StatusCode} {setupResponse.Headers.Location}");
        var setup = await setupResponse.Content.ReadAsStringAsync();
        var key = KeyOnPage().Match(setup).Groups[1].Value;
        Assert.Contains("<svg", setup);
        var enrolled = await client.PostFormAsync("/account/two-factor/setup", "enrol", new() { ["Code"] = Totp.Code(key) });
        var codes = RecoveryCode().Matches(await enrolled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer")).StatusCode);
        // Stored as salted hashes only: a copy of the database holds no usable code (ASVS 6.5.2).
        var stored = await factory.WithServiceAsync<IDbContextFactory<JobConnectDbContext>, string>(async dbs =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            return string.Join(";", await db.UserTokens.Where(t => t.Name == "RecoveryCodes").Select(t => t.Value).ToListAsync());
        });
        Assert.Equal(10, stored.Split(';').Length);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));

        foreach (var expected in new[] { HttpStatusCode.OK, HttpStatusCode.Redirect })
        {
            var other = factory.CreateBrowserlikeClient();
            await other.PostLoginAsync(email, Password);
            await other.PostSecondFactorAsync(codes[0]);
            Assert.Equal(expected, (await other.GetAsync("/organizer")).StatusCode);
        }
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyOnPage();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
