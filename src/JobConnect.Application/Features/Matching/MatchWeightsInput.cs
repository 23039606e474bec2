using FluentValidation;
using JobConnect.Domain.Matching;

namespace JobConnect.Application.Features.Matching;

/// <summary>The weights as the organizer edits them; a mutable mirror of <see cref="MatchWeights"/> for the form.</summary>
public sealed class MatchWeightsInput
{
    public int Occupation { get; set; }
    public int MustHaveSkills { get; set; }
    public int NiceToHaveSkills { get; set; }
    public int Distance { get; set; }
    public int WorkingTime { get; set; }
    public int StartDate { get; set; }
    public int GermanLevel { get; set; }

    /// <summary>The weight of a weighted criterion; the property of the same name.</summary>
    public int this[MatchCriterion criterion]
    {
        get => ToWeights().Of(criterion);
        set
        {
            _ = criterion switch
            {
                MatchCriterion.Occupation => Occupation = value,
                MatchCriterion.MustHaveSkills => MustHaveSkills = value,
                MatchCriterion.NiceToHaveSkills => NiceToHaveSkills = value,
                MatchCriterion.Distance => Distance = value,
                MatchCriterion.WorkingTime => WorkingTime = value,
                MatchCriterion.StartDate => StartDate = value,
                MatchCriterion.GermanLevel => GermanLevel = value,
                _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a weighted criterion."),
            };
        }
    }

    public int Total => Occupation + MustHaveSkills + NiceToHaveSkills + Distance + WorkingTime + StartDate + GermanLevel;

    public static MatchWeightsInput From(MatchWeights w) => new()
    {
        Occupation = w.Occupation, MustHaveSkills = w.MustHaveSkills, NiceToHaveSkills = w.NiceToHaveSkills, Distance = w.Distance,
        WorkingTime = w.WorkingTime, StartDate = w.StartDate, GermanLevel = w.GermanLevel,
    };

    public MatchWeights ToWeights() => new()
    {
        Occupation = Occupation, MustHaveSkills = MustHaveSkills, NiceToHaveSkills = NiceToHaveSkills, Distance = Distance,
        WorkingTime = WorkingTime, StartDate = StartDate, GermanLevel = GermanLevel,
    };
}

/// <summary>Resource keys of the weights messages; the texts live in the web project's SharedResource files.</summary>
public static class MatchWeightsMessages
{
    public const string OutOfRange = "Matching.Error.WeightRange";
    public const string AllZero = "Matching.Error.AllZero";
}

/// <summary>The same rules as <see cref="MatchWeights.Validate"/>, with a message at each field.</summary>
public sealed class MatchWeightsInputValidator : AbstractValidator<MatchWeightsInput>
{
    public MatchWeightsInputValidator()
    {
        RuleFor(x => x.Occupation).IsWeight();
        RuleFor(x => x.MustHaveSkills).IsWeight();
        RuleFor(x => x.NiceToHaveSkills).IsWeight();
        RuleFor(x => x.Distance).IsWeight();
        RuleFor(x => x.WorkingTime).IsWeight();
        RuleFor(x => x.StartDate).IsWeight();
        RuleFor(x => x.GermanLevel).IsWeight();
        RuleFor(x => x.Total).GreaterThan(0).WithMessage(MatchWeightsMessages.AllZero);
    }
}

internal static class WeightRules
{
    public static IRuleBuilderOptions<T, int> IsWeight<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(0, MatchWeights.MaxWeight).WithMessage(MatchWeightsMessages.OutOfRange);
}
