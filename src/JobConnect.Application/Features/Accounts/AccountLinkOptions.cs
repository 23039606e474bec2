namespace JobConnect.Application.Features.Accounts;

/// <summary>Configuration section "Accounts": how one-time links look and how long they live.</summary>
public sealed class AccountLinkOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// The address people reach the app under, e.g. "https://jobmesse.example.de". Links printed by the
    /// command line and sent by e-mail start with it; without it they are paths ("/account/...").
    /// </summary>
    public string? PublicBaseAddress { get; set; }

    /// <summary>How long a link to set a new account's first password stays valid.</summary>
    public int InvitationLifetimeHours { get; set; } = 72;

    /// <summary>How long a password-reset link stays valid; shorter, because the account already exists.</summary>
    public int ResetLifetimeHours { get; set; } = 2;
}
