namespace JobConnect.Application.Identity;

/// <summary>Where Identity's user store keeps a user's authenticator (TOTP) key: a user token with these names.</summary>
public static class AuthenticatorKeyToken
{
    public const string Provider = "[AspNetUserStore]";
    public const string Name = "AuthenticatorKey";
}
