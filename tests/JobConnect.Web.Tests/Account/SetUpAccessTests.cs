using System.Net;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Identity;
using JobConnect.Infrastructure.Seeding;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Account;

/// <summary>The set-up over HTTP: roles × pages, the public pages, one-time links, disabled accounts, no demo login.</summary>
public sealed class SetUpAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        var organizerOnly = new[] { "/organizer/fair", "/organizer/agencies", "/organizer/agencies/new", "/organizer/registrations" };
        foreach (var page in organizerOnly)
        {
            data.Add(OrganizerEmail, page, true);
            data.Add(LeadEmail, page, false);
            data.Add(CaseworkerEmail, page, false);
            data.Add(EmployerEmail, page, false);
        }
        data.Add(OrganizerEmail, "/users", true);
        data.Add(LeadEmail, "/users", true);
        data.Add(EmployerEmail, "/users", true);
        data.Add(CaseworkerEmail, "/users", false);
        data.Add(LeadEmail, "/agency/letter", true);
        data.Add(OrganizerEmail, "/agency/letter", true);
        data.Add(CaseworkerEmail, "/agency/letter", false);
        data.Add(EmployerEmail, "/agency/letter", false);
        foreach (var email in new[] { OrganizerEmail, LeadEmail, CaseworkerEmail, EmployerEmail })
        {
            data.Add(email, "/account/change-password", true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Set_up_pages_open_only_to_their_roles(string email, string page, bool allowed) =>
        await factory.AssertPageAccessAsync(email, page, allowed);

    [Theory]
    [InlineData("/register")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/set-password/no-such-link")]
    public async Task Public_pages_open_without_an_account(string page)
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/organizer/fair")]
    [InlineData("/account/change-password")]
    public async Task Account_pages_send_strangers_to_the_sign_in(string page)
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_link_says_so_and_shows_no_form()
    {
        var html = await factory.CreateBrowserlikeClient().GetStringAsync("/account/set-password/no-such-link", TestContext.Current.CancellationToken);

        Assert.Contains("Dieser Link ist ungültig", html);
        Assert.DoesNotContain("name=\"Input.Password\"", html);
    }

    [Fact]
    public async Task An_invited_caseworker_sets_a_password_once_and_a_disabled_one_cannot_sign_in()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var organizer = await ScopeOfAsync(services, OrganizerEmail);
        var email = $"neu-{Guid.NewGuid():N}@test.example";
        var delivery = await services.GetRequiredService<InviteUser>().HandleAsync(organizer,
            new UserInvitationInput { Email = email, DisplayName = "Neu", Role = Roles.Caseworker, AgencyId = await AgencyIdAsync(services) });
        var client = factory.CreateBrowserlikeClient();

        var mismatch = await client.PostSetPasswordAsync(delivery.Url!, "ein langes Passwort", "ein anderes Passwort");
        Assert.Contains("Die beiden Eingaben stimmen nicht überein.", mismatch);
        Assert.Contains("data-testid=\"password-set\"", await client.PostSetPasswordAsync(delivery.Url!, "ein langes Passwort"));
        Assert.Contains("bereits benutzt", await client.GetStringAsync(delivery.Url!));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserlikeClient().PostLoginAsync(email, "ein langes Passwort")).StatusCode);

        var userId = (await services.GetRequiredService<ManageUsers>().ListAsync(organizer)).Single(u => u.Email == email).Id;
        await services.GetRequiredService<ManageUsers>().SetDisabledAsync(organizer, userId, true);

        var refused = await factory.CreateBrowserlikeClient().PostLoginAsync(email, "ein langes Passwort");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(DemoSeeder.OrganizerEmail)]
    [InlineData(DemoSeeder.CaseworkerEmail)]
    [InlineData(OrganizerEmail)]
    public async Task The_public_demo_password_logs_nobody_in(string email)
    {
        var response = await factory.CreateBrowserlikeClient().PostLoginAsync(email, DemoSeeder.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<Application.Access.UserScope> ScopeOfAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<Application.Data.JobConnectDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return new Application.Access.UserScope(user.Id, Roles.Organizer, null, null);
    }

    private static async Task<int> AgencyIdAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<Application.Data.JobConnectDbContext>>().CreateDbContextAsync();
        return await db.Agencies.Select(a => a.Id).FirstAsync();
    }
}
