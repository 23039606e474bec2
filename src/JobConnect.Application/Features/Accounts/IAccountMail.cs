namespace JobConnect.Application.Features.Accounts;

public enum AccountMailKind
{
    Invitation,
    PasswordReset,
}

/// <summary>Sends one-time links by e-mail when e-mail is switched on (Infrastructure's SMTP sender).</summary>
public interface IAccountMail
{
    bool Enabled { get; }

    Task SendLinkAsync(string email, string displayName, AccountMailKind kind, IssuedLink link, CancellationToken ct = default);
}

/// <summary>
/// How a link reached the person: by e-mail (<see cref="Url"/> null, nobody else saw it) or handed to the
/// inviter to pass on (<see cref="Url"/> shown once).
/// </summary>
public sealed record LinkDelivery(string Email, bool Emailed, string? Url, DateTime ExpiresUtc)
{
    public static async Task<LinkDelivery> SendOrShowAsync(IAccountMail mail, string email, string name, AccountMailKind kind, IssuedLink link, CancellationToken ct)
    {
        if (!mail.Enabled)
        {
            return new LinkDelivery(email, false, link.Url, link.ExpiresUtc);
        }
        await mail.SendLinkAsync(email, name, kind, link, ct);
        return new LinkDelivery(email, true, null, link.ExpiresUtc);
    }
}
