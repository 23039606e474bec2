using FluentValidation;
using JobConnect.Application.Common;
using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// One validator for the form and the import. Messages are resource keys (Validation.*) with their
/// arguments in CustomState; the UI translates them into German or English.
/// </summary>
public sealed class JobseekerInputValidator : AbstractValidator<JobseekerInput>
{
    public JobseekerInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.ReferenceNumber).NotEmpty().WithMessage(Keys.Required)
            .MaximumLength(40).WithMessage(Keys.MaxLength).WithState(_ => Args(40));
        RuleFor(x => x.FirstName).NotEmpty().WithMessage(Keys.Required)
            .MaximumLength(100).WithMessage(Keys.MaxLength).WithState(_ => Args(100));
        RuleFor(x => x.LastName).NotEmpty().WithMessage(Keys.Required)
            .MaximumLength(100).WithMessage(Keys.MaxLength).WithState(_ => Args(100));
        // An empty cell or field means "no address": only a typed address has to be valid.
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email), ApplyConditionTo.CurrentValidator).WithMessage(Keys.Email)
            .MaximumLength(254).WithMessage(Keys.MaxLength).WithState(_ => Args(254));
        RuleFor(x => x.ConsentEmail).Must((x, consent) => !consent || !string.IsNullOrWhiteSpace(x.Email)).WithMessage(Keys.EmailConsentWithoutEmail);
        RuleFor(x => x.Phone).MaximumLength(50).WithMessage(Keys.MaxLength).WithState(_ => Args(50));
        RuleFor(x => x.Street).MaximumLength(200).WithMessage(Keys.MaxLength).WithState(_ => Args(200));
        RuleFor(x => x.City).MaximumLength(100).WithMessage(Keys.MaxLength).WithState(_ => Args(100));
        RuleFor(x => x.Nationality).MaximumLength(60).WithMessage(Keys.MaxLength).WithState(_ => Args(60));
        RuleFor(x => x.InterpreterLanguage).MaximumLength(60).WithMessage(Keys.MaxLength).WithState(_ => Args(60));
        RuleFor(x => x.Postcode).NotEmpty().WithMessage(Keys.Required)
            .Matches("^[0-9]{5}$").WithMessage(Keys.Postcode);
        RuleFor(x => x.TargetGroup).IsInEnum().WithMessage(Keys.Required);
        RuleFor(x => x.TargetKldbCodes).NotEmpty().WithMessage(Keys.KldbRequired)
            .Must(text => JobseekerInput.SplitList(text).All(KldbCode.IsValid)).WithMessage(Keys.Kldb);
        RuleFor(x => x.Languages).Must(text => JobseekerInput.ParseLanguages(text) is not null).WithMessage(Keys.Languages);
        RuleFor(x => x.MaxCommuteKm).InclusiveBetween(0, 300).WithMessage(Keys.Range).WithState(_ => Args(0, 300));
        RuleFor(x => x.DateOfBirth).Must(d => d is null || (d.Value.Year >= 1940 && DateOnly.FromDateTime(d.Value) <= clock.FairToday().AddYears(-13)))
            .WithMessage(Keys.DateOfBirth);
        RuleFor(x => x.EarliestStart).Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage(Keys.Date);
        RuleFor(x => x.LetterLanguage).IsInEnum().WithMessage(Keys.Required);
        RuleFor(x => x.WorkingTimeWishes).NotEqual(WorkingTime.None).WithMessage(Keys.Required);
    }

    private static object[] Args(params object[] args) => args;

    /// <summary>Resource keys of the messages, shared with the import.</summary>
    public static class Keys
    {
        public const string Required = "Validation.Required";
        public const string MaxLength = "Validation.MaxLength";
        public const string Email = "Validation.Email";
        public const string EmailConsentWithoutEmail = "Validation.EmailConsentWithoutEmail";
        public const string Postcode = "Validation.Postcode";
        public const string KldbRequired = "Validation.KldbRequired";
        public const string Kldb = "Validation.Kldb";
        public const string Languages = "Validation.Languages";
        public const string Range = "Validation.Range";
        public const string DateOfBirth = "Validation.DateOfBirth";
        public const string Date = "Validation.Date";
        public const string DuplicateReference = "Validation.DuplicateReference";
    }
}
