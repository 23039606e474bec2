using JobConnect.Application.Common;
using JobConnect.Application.Ports;
using Microsoft.Extensions.Options;

namespace JobConnect.Application.Features.Accounts;

public enum AccountMailKind
{
    Invitation,
    PasswordReset,
}

/// <summary>
/// Sends one-time links by e-mail (the mail port). A link in a mail must be absolute, so mailing needs
/// <c>Accounts:PublicBaseAddress</c> as well as <c>Email:Enabled</c>; otherwise links are shown to the inviter.
/// </summary>
public sealed class AccountMail(IMailSender sender, IOptions<AccountLinkOptions> links)
{
    public bool Enabled => sender.Enabled && !string.IsNullOrWhiteSpace(links.Value.PublicBaseAddress);

    public async Task SendLinkAsync(string email, string displayName, AccountMailKind kind, IssuedLink link, CancellationToken ct = default)
    {
        var expires = link.ExpiresUtc.ToFairTime().ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var (subject, body) = kind == AccountMailKind.Invitation
            ? ("Ihr Zugang zu JobConnect / Your JobConnect account",
                $"Guten Tag {displayName},\n\nfür Sie wurde ein Zugang zu JobConnect angelegt. Über diesen Link legen Sie Ihr eigenes Passwort fest "
                + $"(einmal nutzbar, gültig bis {expires} Uhr):\n\n{link.Url}\n\n"
                + $"An account was created for you. Choose your own password with the link above (single use, valid until {expires}, Berlin time).\n")
            : ("Passwort zurücksetzen / Reset your password",
                $"Guten Tag {displayName},\n\nüber diesen Link legen Sie ein neues Passwort fest (einmal nutzbar, gültig bis {expires} Uhr):\n\n{link.Url}\n\n"
                + "Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.\n"
                + $"Choose a new password with the link above (single use, valid until {expires}, Berlin time). If you did not ask for it, ignore this message.\n");
        await using var connection = await sender.ConnectAsync(ct);
        if (!await connection.SendAsync(new MailMessage(displayName, email, subject, body, []), ct))
        {
            throw new BusinessRuleException(AccountMessages.MailRefused);
        }
    }
}

/// <summary>
/// How a link reached the person: by e-mail (<see cref="Url"/> null, nobody else saw it) or handed to the
/// inviter to pass on (<see cref="Url"/> shown once).
/// </summary>
public sealed record LinkDelivery(string Email, bool Emailed, string? Url, DateTime ExpiresUtc)
{
    public static async Task<LinkDelivery> SendOrShowAsync(AccountMail mail, string email, string name, AccountMailKind kind, IssuedLink link, CancellationToken ct)
    {
        if (!mail.Enabled)
        {
            return new LinkDelivery(email, false, link.Url, link.ExpiresUtc);
        }
        await mail.SendLinkAsync(email, name, kind, link, ct);
        return new LinkDelivery(email, true, null, link.ExpiresUtc);
    }
}
