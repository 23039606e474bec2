using FluentValidation;
using JobConnect.Application.Features.Vacancies;

namespace JobConnect.Application.Features.Employers;

/// <summary>
/// The rules for a company's name and address, the same whether the company registers itself or edits its
/// profile later — so a registration that was accepted never fails on the profile page.
/// </summary>
public static class CompanyFieldRules
{
    public static IRuleBuilderOptions<T, string> CompanyName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmployerMessages.NameRequired).MaximumLength(200).WithMessage(EmployerMessages.TooLong);

    public static IRuleBuilderOptions<T, string> Industry<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmployerMessages.IndustryRequired).MaximumLength(100).WithMessage(EmployerMessages.TooLong);

    public static IRuleBuilderOptions<T, string> Street<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmployerMessages.StreetRequired).MaximumLength(200).WithMessage(EmployerMessages.TooLong);

    public static IRuleBuilderOptions<T, string> Postcode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(VacancyInputValidator.IsGermanPostcode).WithMessage(VacancyMessages.PostcodeInvalid);

    public static IRuleBuilderOptions<T, string> City<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmployerMessages.CityRequired).MaximumLength(100).WithMessage(EmployerMessages.TooLong);

    /// <summary>Optional; when given, an absolute http(s) address, so the letter and the booth list can link it.</summary>
    public static IRuleBuilderOptions<T, string?> Website<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(w => string.IsNullOrWhiteSpace(w) || (Uri.TryCreate(w, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            .WithMessage(EmployerMessages.WebsiteInvalid);
}
