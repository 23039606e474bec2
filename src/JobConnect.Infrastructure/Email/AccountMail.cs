using JobConnect.Application.Features.Accounts;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobConnect.Infrastructure.Email;

/// <summary>
/// Sends one-time links by SMTP (the same "Email" settings as the letters). The link must be absolute:
/// e-mail needs <c>Accounts:PublicBaseAddress</c>, otherwise links are shown to the inviter instead.
/// </summary>
public sealed class AccountMail(IOptions<EmailOptions> options, IOptions<AccountLinkOptions> links) : IAccountMail
{
    public bool Enabled => options.Value.Enabled && !string.IsNullOrWhiteSpace(links.Value.PublicBaseAddress);

    public async Task SendLinkAsync(string email, string displayName, AccountMailKind kind, IssuedLink link, CancellationToken ct = default)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(displayName, email));
        var expires = TimeZoneInfo.ConvertTimeFromUtc(link.ExpiresUtc, Application.Features.Fairs.FairInput.Berlin).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        (message.Subject, var text) = kind == AccountMailKind.Invitation
            ? ("Ihr Zugang zu JobConnect / Your JobConnect account",
                $"Guten Tag {displayName},\n\nfür Sie wurde ein Zugang zu JobConnect angelegt. Über diesen Link legen Sie Ihr eigenes Passwort fest "
                + $"(einmal nutzbar, gültig bis {expires} Uhr):\n\n{link.Url}\n\n"
                + $"An account was created for you. Choose your own password with the link above (single use, valid until {expires}, Berlin time).\n")
            : ("Passwort zurücksetzen / Reset your password",
                $"Guten Tag {displayName},\n\nüber diesen Link legen Sie ein neues Passwort fest (einmal nutzbar, gültig bis {expires} Uhr):\n\n{link.Url}\n\n"
                + "Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.\n"
                + $"Choose a new password with the link above (single use, valid until {expires}, Berlin time). If you did not ask for it, ignore this message.\n");
        message.Body = new TextPart("plain") { Text = text };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
