using System.Security.Claims;
using System.Text;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace JobConnect.Web.Account;

/// <summary>What the enrolment page shows: the key to type in, and the same as a QR code.</summary>
public sealed record AuthenticatorSetup(string FormattedKey, string Uri, string QrSvg);

/// <summary>
/// Enrols a TOTP authenticator app (RFC 6238, Identity's authenticator token provider): a key is
/// made once and shown, a first code proves the app has it, then two-factor sign-in is switched on,
/// ten recovery codes are shown once, and the user is signed in again with the second factor.
/// </summary>
public sealed class AuthenticatorEnrolment(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
{
    public const string Issuer = "JobConnect";
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorSetup?> GetSetupAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || user.TwoFactorEnabled)
        {
            return null;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: that also moves the security stamp, which would end this very session.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyToken.Provider, AuthenticatorKeyToken.Name, key);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new AuthenticatorSetup(Format(key), uri, new SvgQRCode(qr).GetGraphic(4));
    }

    /// <summary>Recovery codes when the code fits, else null (nothing changes).</summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(ClaimsPrincipal principal, string code)
    {
        var user = await users.GetUserAsync(principal);
        var plain = new string(code.Where(char.IsAsciiDigit).ToArray());
        if (user is null || user.TwoFactorEnabled
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, plain))
        {
            return null;
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        // Enabling moved the security stamp (other sessions end); this browser continues with the second factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", SignInFlow.MultiFactorMethod)]);
        return codes;
    }

    private static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
