using System.Security.Claims;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Web.Account;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Password right; the authenticator code is asked next.</summary>
    NeedsSecondFactor,
    /// <summary>Signed in with the password only; the role needs a second factor, so enrolment comes first.</summary>
    NeedsEnrolment,
    Failed,
    TooManyAttempts,
}

/// <summary>
/// Password and second-factor sign-in with the rules ASVS level 2 asks for: a per-account attempt
/// limit, lockout, the same work for an unknown address as for a wrong password (so timing does not
/// reveal which accounts exist), and an audit entry for every attempt.
/// </summary>
public sealed class SignInFlow(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    AccountSignInLimiter limiter,
    RecordSignIn audit)
{
    /// <summary>The "amr" value Identity sets for a sign-in with a second factor.</summary>
    public const string MultiFactorMethod = "mfa";

    // A hash made with the current hasher settings, verified when there is no account to check against.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> PasswordAsync(string email, string password, CancellationToken ct)
    {
        if (!limiter.TryAttempt(email))
        {
            await audit.FailedAsync(null, null, AuditActions.SignInThrottled, ct);
            return SignInOutcome.TooManyAttempts;
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            SpendPasswordCheck(password);
            await audit.FailedAsync(null, null, AuditActions.SignInFailed, ct);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(user.Id, user.UserName!, AuditActions.SignedIn, ct);
            return await NeedsTwoFactorAsync(user) && !user.TwoFactorEnabled ? SignInOutcome.NeedsEnrolment : SignInOutcome.SignedIn;
        }
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.NeedsSecondFactor;
        }
        if (result.IsLockedOut)
        {
            // Identity answers a locked account before hashing; hash anyway so it takes as long.
            SpendPasswordCheck(password);
        }
        await audit.FailedAsync(user.Id, user.UserName, result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SignInFailed, ct);
        return SignInOutcome.Failed;
    }

    /// <summary>A six-digit code from the authenticator app, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> SecondFactorAsync(string code, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }
        if (!limiter.TryAttempt(user.Email ?? user.Id))
        {
            await audit.FailedAsync(user.Id, user.UserName, AuditActions.SignInThrottled, ct);
            return SignInOutcome.TooManyAttempts;
        }
        // Recovery codes keep their dash (Identity stores them so); spaces from copying are dropped.
        var plain = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var isTotp = plain.Length == 6 && plain.All(char.IsAsciiDigit);
        var result = isTotp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(plain, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(plain);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(user.Id, user.UserName!, isTotp ? AuditActions.SignedInTwoFactor : AuditActions.SignedInRecoveryCode, ct);
            return SignInOutcome.SignedIn;
        }
        await audit.FailedAsync(user.Id, user.UserName, result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SignInFailed, ct);
        return SignInOutcome.Failed;
    }

    public async Task<bool> NeedsTwoFactorAsync(ApplicationUser user) =>
        (await users.GetRolesAsync(user)).Any(Roles.RequiringTwoFactor.Contains);

    /// <summary>True when the principal's role needs a second factor it did not sign in with.</summary>
    public static bool LacksRequiredSecondFactor(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && Roles.RequiringTwoFactor.Any(principal.IsInRole)
        && !principal.HasClaim("amr", MultiFactorMethod);

    private void SpendPasswordCheck(string password) =>
        hasher.VerifyHashedPassword(new ApplicationUser(), DummyHash.Value, password);
}
