using FluentValidation;
using JobConnect.Domain.Matching.Skills;

namespace JobConnect.Application.Features.Skills;

/// <summary>An organizer's change to the vocabulary, as the form holds it.</summary>
public sealed class SkillVocabularyInput
{
    public SkillChangeKind Kind { get; set; } = SkillChangeKind.AddSynonym;

    /// <summary>The synonym to add, the term to merge away, or the new term.</summary>
    public string Wording { get; set; } = "";

    /// <summary>The term it goes into; for a new term, its area.</summary>
    public string Into { get; set; } = "";
}

public sealed class SkillVocabularyInputValidator : AbstractValidator<SkillVocabularyInput>
{
    public const int MaxLength = 100;

    public SkillVocabularyInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Wording).NotEmpty().WithMessage(SkillMessages.WordingRequired)
            .MaximumLength(MaxLength).WithMessage(SkillMessages.TooLong)
            .Must(w => SkillVocabulary.Fold(w).Length > 0).When(x => !string.IsNullOrWhiteSpace(x.Wording), ApplyConditionTo.CurrentValidator)
            .WithMessage(SkillMessages.NoLetters);
        RuleFor(x => x.Into).NotEmpty().WithMessage(SkillMessages.IntoRequired)
            .MaximumLength(MaxLength).WithMessage(SkillMessages.TooLong);
    }
}

/// <summary>Resource keys of the skills feature's messages.</summary>
public static class SkillMessages
{
    public const string WordingRequired = "Skills.Validation.WordingRequired";
    public const string IntoRequired = "Skills.Validation.IntoRequired";
    public const string TooLong = "Skills.Validation.TooLong";
    public const string NoLetters = "Skills.Validation.NoLetters";
    public const string UnknownTerm = "Skills.Refused.UnknownTerm";
    public const string SameTerm = "Skills.Refused.SameTerm";
    public const string IsATerm = "Skills.Refused.IsATerm";
    public const string AlreadyKnown = "Skills.Refused.AlreadyKnown";
    public const string UnknownArea = "Skills.Refused.UnknownArea";
}
