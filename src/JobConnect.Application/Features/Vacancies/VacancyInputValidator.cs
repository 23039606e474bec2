using JobConnect.Application.Common;
using System.Text.RegularExpressions;
using FluentValidation;
using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>
/// One validator for the MudForm and the <see cref="SaveVacancy"/> handler. Messages are resource keys
/// (<see cref="VacancyMessages"/>); the UI shows them in German or English.
/// </summary>
public sealed partial class VacancyInputValidator : AbstractValidator<VacancyInput>
{
    public const int MaxSkills = 20;

    public VacancyInputValidator(TimeProvider clock)
    {
        // Conditions guard only the rule right before them (ApplyConditionTo.CurrentValidator), never the "required" rule.
        RuleFor(x => x.Kind).IsInEnum().WithMessage(VacancyMessages.KindInvalid);
        RuleFor(x => x.Title).NotEmpty().WithMessage(VacancyMessages.TitleRequired)
            .MaximumLength(200).WithMessage(VacancyMessages.TitleTooLong);
        RuleFor(x => x.KldbCode).NotEmpty().WithMessage(VacancyMessages.OccupationRequired)
            .Must(code => KldbCatalog.Find(code) is not null).When(x => !string.IsNullOrWhiteSpace(x.KldbCode), ApplyConditionTo.CurrentValidator)
            .WithMessage(VacancyMessages.OccupationUnknown);
        RuleFor(x => x.Openings).GreaterThanOrEqualTo(1).WithMessage(VacancyMessages.OpeningsTooFew)
            .LessThanOrEqualTo(999).WithMessage(VacancyMessages.OpeningsTooMany);
        RuleFor(x => x.Postcode).NotEmpty().WithMessage(VacancyMessages.PostcodeRequired)
            .Must(IsGermanPostcode).When(x => !string.IsNullOrWhiteSpace(x.Postcode), ApplyConditionTo.CurrentValidator).WithMessage(VacancyMessages.PostcodeInvalid);
        RuleFor(x => x.WorkingTime).NotEqual(WorkingTime.None).WithMessage(VacancyMessages.WorkingTimeRequired);
        RuleFor(x => x.StartDate).NotNull().WithMessage(VacancyMessages.StartRequired)
            .Must(d => d >= clock.FairToday()).When(x => x.StartDate is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(VacancyMessages.StartInPast);
        RuleFor(x => x.GermanLevel).IsInEnum().WithMessage(VacancyMessages.GermanLevelInvalid);
        RuleFor(x => x.MinimumSchoolCertificate).NotNull().When(x => x.Kind == VacancyKind.Apprenticeship)
            .WithMessage(VacancyMessages.SchoolCertificateRequired);
        RuleFor(x => x.MinimumSchoolCertificate).Null().When(x => x.Kind == VacancyKind.Job)
            .WithMessage(VacancyMessages.SchoolCertificateOnlyApprenticeship);
        RuleFor(x => x.Phases).NotEqual(TargetGroups.None).WithMessage(VacancyMessages.PhaseRequired)
            .Must((x, phases) => (phases & ~x.AttendedPhases) == TargetGroups.None).When(x => x.Phases != TargetGroups.None, ApplyConditionTo.CurrentValidator)
            .WithMessage(VacancyMessages.PhaseNotAttended);
        RuleFor(x => x.Skills).Must(s => s.Count <= MaxSkills).WithMessage(VacancyMessages.SkillsTooMany)
            .Must(s => s.Select(k => k.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == s.Count)
            .WithMessage(VacancyMessages.SkillDuplicate);
        RuleForEach(x => x.Skills).ChildRules(skill =>
            skill.RuleFor(s => s.Name).NotEmpty().WithMessage(VacancyMessages.SkillNameRequired)
                .MaximumLength(100).WithMessage(VacancyMessages.SkillNameTooLong));
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage(VacancyMessages.DescriptionTooLong);
    }

    /// <summary>Five digits in the range German postcodes use (01001–99998).</summary>
    public static bool IsGermanPostcode(string? postcode)
    {
        var trimmed = postcode?.Trim();
        return trimmed is not null && FiveDigits().IsMatch(trimmed) && string.CompareOrdinal(trimmed, "01001") >= 0 && trimmed != "99999";
    }

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex FiveDigits();
}
