using FluentValidation;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Application.Features.Accounts;

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string Confirmation { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(AccountMessages.CurrentPasswordWrong);
        RuleFor(x => x.NewPassword).Must(PasswordRules.IsLongEnough).WithMessage(AccountMessages.PasswordTooShort)
            .MaximumLength(PasswordRules.MaximumLength).WithMessage(AccountMessages.PasswordTooLong);
        RuleFor(x => x.Confirmation).Equal(x => x.NewPassword).WithMessage(AccountMessages.PasswordsDiffer);
    }
}

/// <summary>A signed-in person changes their own password; the new security stamp ends their other sessions.</summary>
public sealed class ChangePassword(UserManager<ApplicationUser> users, IValidator<ChangePasswordInput> validator)
{
    /// <summary>False when the current password is wrong.</summary>
    public async Task<bool> HandleAsync(string userId, ChangePasswordInput input, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(input, ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled)
        {
            return false;
        }
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        return result.Succeeded;
    }
}
