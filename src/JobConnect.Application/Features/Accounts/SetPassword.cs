using FluentValidation;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Application.Features.Accounts;

public sealed class SetPasswordInput
{
    public string Password { get; set; } = "";
    public string Confirmation { get; set; } = "";
}

public sealed class SetPasswordInputValidator : AbstractValidator<SetPasswordInput>
{
    public SetPasswordInputValidator()
    {
        RuleFor(x => x.Password).Must(PasswordRules.IsLongEnough).WithMessage(AccountMessages.PasswordTooShort)
            .MaximumLength(PasswordRules.MaximumLength).WithMessage(AccountMessages.PasswordTooLong);
        RuleFor(x => x.Confirmation).Equal(x => x.Password).WithMessage(AccountMessages.PasswordsDiffer);
    }
}

/// <summary>Length over composition (OWASP ASVS 5): at least 12 characters, long passphrases welcome.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12, MaximumLength = 256;

    public static bool IsLongEnough(string? password) => (password ?? "").Length >= MinimumLength;
}

/// <summary>
/// The person behind a one-time link chooses their own password. The link is consumed first (one
/// conditional update), so it works exactly once even when submitted twice at the same moment.
/// </summary>
public sealed class SetPassword(AccountLinks links, UserManager<ApplicationUser> users, IValidator<SetPasswordInput> validator)
{
    public async Task<LinkState> HandleAsync(string token, SetPasswordInput input, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(input, ct);
        var check = await links.CheckAsync(token, ct);
        if (check.State != LinkState.Valid)
        {
            return check.State;
        }
        var userId = await links.ConsumeAsync(token, ct);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled)
        {
            return userId is null ? (await links.CheckAsync(token, ct)).State : LinkState.Unknown;
        }

        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }
        var result = await users.AddPasswordAsync(user, input.Password);
        if (!result.Succeeded)
        {
            await links.ReleaseAsync(token, ct);
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(input.Password), AccountMessages.PasswordRefused)]);
        }
        // Whoever holds the link also owns the mailbox or got it from the inviter: the address is confirmed, old lockouts end.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.UpdateSecurityStampAsync(user);
        return LinkState.Valid;
    }
}

public static class AccountMessages
{
    public const string PasswordTooShort = "Account.Error.PasswordTooShort";
    public const string PasswordTooLong = "Account.Error.PasswordTooLong";
    public const string PasswordsDiffer = "Account.Error.PasswordsDiffer";
    public const string PasswordRefused = "Account.Error.PasswordRefused";
    public const string CurrentPasswordWrong = "Account.Error.CurrentPasswordWrong";
    public const string EmailInvalid = "Account.Error.EmailInvalid";
    public const string NameRequired = "Account.Error.NameRequired";
    public const string TooLong = "Account.Error.TooLong";
    public const string AgencyRequired = "Account.Error.AgencyRequired";
    public const string RoleNotAllowed = "Account.Error.RoleNotAllowed";
    public const string UserExists = "Account.Error.UserExists";
    public const string NotYourself = "Account.Error.NotYourself";
    public const string MailRefused = "Account.Error.MailRefused";
}
