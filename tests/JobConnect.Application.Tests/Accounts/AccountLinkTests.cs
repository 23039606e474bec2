using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Application.Tests.Accounts;

/// <summary>One-time links: the first organizer from nothing, set once, expire, end when a newer one is issued.</summary>
public sealed class AccountLinkTests : IAsyncLifetime
{
    private const string Email = "leitung@messe.example";
    private readonly AppServices _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string Token(IssuedLink link) => link.Url[AccountLinks.PathPrefix.Length..];

    private Task<LinkState> SetAsync(IssuedLink link, string password = "mein eigenes Passwort") =>
        _app.Get<SetPassword>().HandleAsync(Token(link), new SetPasswordInput { Password = password, Confirmation = password });

    [Fact]
    public async Task First_organizer_has_no_password_until_the_link_sets_one_and_the_link_then_answers_used()
    {
        var link = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);

        Assert.StartsWith("/account/set-password/", link.Url);
        var users = _app.Get<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(Email))!;
        Assert.False(await users.HasPasswordAsync(user));
        Assert.True(await users.IsInRoleAsync(user, Roles.Organizer));
        Assert.Equal(LinkState.Valid, (await _app.Get<AccountLinks>().CheckAsync(Token(link))).State);

        Assert.Equal(LinkState.Valid, await SetAsync(link));
        Assert.Equal(LinkState.Used, await SetAsync(link, "ein anderes Passwort"));
        user = (await _app.Get<UserManager<ApplicationUser>>().FindByEmailAsync(Email))!;
        Assert.True(await users.CheckPasswordAsync(user, "mein eigenes Passwort"));
        Assert.False(await users.CheckPasswordAsync(user, "ein anderes Passwort"));
    }

    [Fact]
    public async Task A_link_expires_after_its_lifetime()
    {
        var link = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);

        _app.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));

        Assert.Equal(LinkState.Expired, (await _app.Get<AccountLinks>().CheckAsync(Token(link))).State);
        Assert.Equal(LinkState.Expired, await SetAsync(link));
    }

    [Fact]
    public async Task Unknown_and_tampered_links_answer_unknown()
    {
        var link = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);
        var links = _app.Get<AccountLinks>();

        Assert.Equal(LinkState.Unknown, (await links.CheckAsync("not-a-link")).State);
        Assert.Equal(LinkState.Unknown, (await links.CheckAsync(Token(link)[..^1] + "x")).State);
        Assert.Equal(LinkState.Unknown, (await links.CheckAsync(null)).State);
    }

    [Fact]
    public async Task Running_the_command_again_issues_a_new_link_and_ends_the_old_one()
    {
        var first = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);
        var second = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);

        Assert.Equal(LinkState.Expired, await SetAsync(first));
        Assert.Equal(LinkState.Valid, await SetAsync(second));
        await using var db = _app.Db();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Two_submissions_of_the_same_link_at_once_set_the_password_once()
    {
        var link = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);
        await using var otherTab = _app.NewScope();

        var results = await Task.WhenAll(
            SetAsync(link, "erstes langes Passwort"),
            otherTab.ServiceProvider.GetRequiredService<SetPassword>().HandleAsync(Token(link), new SetPasswordInput { Password = "zweites langes Passwort", Confirmation = "zweites langes Passwort" }));

        Assert.Single(results, r => r == LinkState.Valid);
        Assert.Single(results, r => r == LinkState.Used);
    }

    [Fact]
    public async Task A_short_or_mistyped_password_keeps_the_link_valid()
    {
        var link = await _app.Get<CreateFirstOrganizer>().HandleAsync(Email);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => SetAsync(link, "zu kurz"));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _app.Get<SetPassword>()
            .HandleAsync(Token(link), new SetPasswordInput { Password = "ein langes Passwort", Confirmation = "ein langes Passwort!" }));

        Assert.Equal(LinkState.Valid, (await _app.Get<AccountLinks>().CheckAsync(Token(link))).State);
    }

    [Fact]
    public async Task The_command_refuses_an_address_that_is_no_address_and_creates_nothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _app.Get<CreateFirstOrganizer>().HandleAsync("keine-adresse"));
        await using var db = _app.Db();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_person_changes_their_own_password_only_with_the_current_one()
    {
        var me = await _app.UserAsync("ich@test.example", Roles.Organizer);
        var change = _app.Get<ChangePassword>();

        Assert.False(await change.HandleAsync(me.UserId, new ChangePasswordInput { CurrentPassword = "falsch geraten!!", NewPassword = "mein neues Passwort", Confirmation = "mein neues Passwort" }));
        Assert.True(await change.HandleAsync(me.UserId, new ChangePasswordInput { CurrentPassword = "a long enough test password", NewPassword = "mein neues Passwort", Confirmation = "mein neues Passwort" }));

        var users = _app.Get<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(me.UserId))!, "mein neues Passwort"));
    }

    [Fact]
    public async Task A_configured_public_address_prefixes_the_link()
    {
        Assert.Equal("https://jobmesse.example.de/account/set-password/abc", AccountLinks.UrlOf("https://jobmesse.example.de/", "abc"));
        Assert.Equal("/account/set-password/abc", AccountLinks.UrlOf(null, "abc"));
    }
}
