using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using MimeKit;

namespace JobConnect.Application.Tests.Accounts;

/// <summary>With e-mail on, links go only to the person's mailbox — the inviter never sees them.</summary>
public sealed class AccountMailTests
{
    private static AppServices App(SmtpSink sink) => new(new Dictionary<string, string?>
    {
        ["Email:Enabled"] = "true",
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = "None",
        ["Accounts:PublicBaseAddress"] = "https://jobmesse.example.de",
    });

    private static List<MimeMessage> Messages(SmtpSink sink) =>
        [.. sink.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))))];

    [Fact]
    public async Task An_invitation_is_mailed_with_an_absolute_link_that_sets_the_password()
    {
        await using var sink = new SmtpSink();
        await using var app = App(sink);
        await app.InitializeAsync();
        var organizer = await app.UserAsync("o@test.example", Roles.Organizer);

        var delivery = await app.Get<InviteUser>().HandleAsync(organizer, new UserInvitationInput { Email = "neu@test.example", DisplayName = "Neu", Role = Roles.Organizer });

        Assert.True(delivery.Emailed);
        Assert.Null(delivery.Url);
        var mail = Assert.Single(Messages(sink));
        Assert.Equal("neu@test.example", mail.To.Mailboxes.Single().Address);
        var url = mail.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://jobmesse.example.de/account/set-password/", StringComparison.Ordinal));
        var token = url[("https://jobmesse.example.de" + AccountLinks.PathPrefix).Length..];
        Assert.Equal(LinkState.Valid, await app.Get<SetPassword>().HandleAsync(token, new SetPasswordInput { Password = "ein langes Passwort", Confirmation = "ein langes Passwort" }));
    }

    [Fact]
    public async Task Forgot_password_mails_a_reset_link_to_an_account_and_nothing_for_an_unknown_address()
    {
        await using var sink = new SmtpSink();
        await using var app = App(sink);
        await app.InitializeAsync();
        await app.UserAsync("o@test.example", Roles.Organizer);
        var forgot = app.Get<ForgotPassword>();

        await forgot.HandleAsync(new ForgotPasswordInput { Email = "unbekannt@test.example" });
        await forgot.HandleAsync(new ForgotPasswordInput { Email = "o@test.example" });

        Assert.True(forgot.MailEnabled);
        var mail = Assert.Single(Messages(sink));
        Assert.Equal("o@test.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("https://jobmesse.example.de/account/set-password/", mail.TextBody!);
    }

    [Fact]
    public async Task Without_a_public_address_nothing_is_mailed_and_the_inviter_gets_the_link()
    {
        await using var sink = new SmtpSink();
        await using var app = new AppServices(new Dictionary<string, string?> { ["Email:Enabled"] = "true", ["Email:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await app.InitializeAsync();
        var organizer = await app.UserAsync("o@test.example", Roles.Organizer);

        var delivery = await app.Get<InviteUser>().HandleAsync(organizer, new UserInvitationInput { Email = "neu@test.example", DisplayName = "Neu", Role = Roles.Organizer });

        Assert.False(delivery.Emailed);
        Assert.StartsWith("/account/set-password/", delivery.Url);
        Assert.Empty(sink.Messages);
    }
}
