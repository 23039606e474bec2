using FluentValidation;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Application.Features.Accounts;

public sealed class ForgotPasswordInput
{
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator() =>
        RuleFor(x => x.Email).NotEmpty().WithMessage(AccountMessages.EmailInvalid).EmailAddress().WithMessage(AccountMessages.EmailInvalid)
            .MaximumLength(254).WithMessage(AccountMessages.TooLong);
}

/// <summary>
/// Mails a reset link when e-mail is on. The answer never says whether the address has an account;
/// with e-mail off the page tells people to ask their organizer or agency lead for a link instead.
/// </summary>
public sealed class ForgotPassword(UserManager<ApplicationUser> users, AccountLinks links, AccountMail mail, IValidator<ForgotPasswordInput> validator)
{
    public bool MailEnabled => mail.Enabled;

    public async Task HandleAsync(ForgotPasswordInput input, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(input, ct);
        if (!mail.Enabled)
        {
            return;
        }
        var user = await users.FindByEmailAsync(input.Email.Trim());
        if (user is null || user.IsDisabled)
        {
            return;
        }
        var link = await links.IssueAsync(user.Id, AccountLinkPurpose.PasswordReset, ct);
        await mail.SendLinkAsync(user.Email!, user.DisplayName, AccountMailKind.PasswordReset, link, ct);
    }
}
