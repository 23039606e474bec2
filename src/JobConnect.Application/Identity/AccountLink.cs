namespace JobConnect.Application.Identity;

/// <summary>
/// A one-time link that lets a person set their own password: after an invitation, a reset, or the
/// first organizer's creation. Only the SHA-256 hash of the secret is stored; the secret itself is
/// shown or sent once. Used and expired links are kept, so the page can say which it is.
/// </summary>
public class AccountLink
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AccountLinkPurpose Purpose { get; set; }

    /// <summary>Hex SHA-256 of the link's secret.</summary>
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? UsedUtc { get; set; }
}

public enum AccountLinkPurpose
{
    /// <summary>A new account: the invited person chooses their first password.</summary>
    Invitation = 1,
    /// <summary>A forgotten password: e-mailed, or issued by an organizer or agency lead.</summary>
    PasswordReset = 2,
}
