using FluentValidation;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Account;

public sealed class LoginInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => l["Login.EmailMissing"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["Login.PasswordMissing"]);
    }
}
