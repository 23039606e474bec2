namespace JobConnect.Domain.Matching;

/// <summary>
/// Weights of the scored criteria, set per fair by the organizer. A pair's score is
/// Σ weight × fulfilment (0–100 each) divided by the weight sum, so only the ratios matter; the
/// defaults add up to 100 and read as percentages. Hard requirements (phase, licence, school
/// certificate, commute, employer exclusion) are not weighted: they exclude.
/// </summary>
public sealed record MatchWeights
{
    /// <summary>Largest weight of a single criterion; keeps points within 0–70,000 (fast path uses 32-bit lanes).</summary>
    public const int MaxWeight = 100;

    /// <summary>The defaults: occupation first, then must-have skills and distance.</summary>
    public static MatchWeights Default { get; } = new();

    /// <summary>Default 35: the occupation is why a person is invited to a vacancy at all.</summary>
    public int Occupation { get; init; } = 35;

    /// <summary>Default 20: what the employer says the job cannot be done without.</summary>
    public int MustHaveSkills { get; init; } = 20;

    /// <summary>Default 5: a tie-breaker among otherwise similar people.</summary>
    public int NiceToHaveSkills { get; init; } = 5;

    /// <summary>Default 15: a short commute makes a lasting placement likelier.</summary>
    public int Distance { get; init; } = 15;

    /// <summary>Default 10: full/part time or shifts must fit the person's life.</summary>
    public int WorkingTime { get; init; } = 10;

    /// <summary>Default 5: a later start is usually negotiable.</summary>
    public int StartDate { get; init; } = 5;

    /// <summary>Default 10: one level below can often be closed with a course.</summary>
    public int GermanLevel { get; init; } = 10;

    /// <summary>Sum of all weights; the divisor of the score.</summary>
    public int Total => Occupation + MustHaveSkills + NiceToHaveSkills + Distance + WorkingTime + StartDate + GermanLevel;

    /// <summary>The weight of a scored criterion; 0 for hard-only criteria.</summary>
    public int Of(MatchCriterion criterion) => criterion switch
    {
        MatchCriterion.Occupation => Occupation,
        MatchCriterion.MustHaveSkills => MustHaveSkills,
        MatchCriterion.NiceToHaveSkills => NiceToHaveSkills,
        MatchCriterion.Distance => Distance,
        MatchCriterion.WorkingTime => WorkingTime,
        MatchCriterion.StartDate => StartDate,
        MatchCriterion.GermanLevel => GermanLevel,
        _ => 0,
    };

    /// <summary>The criteria that carry a weight, in display order.</summary>
    public static IReadOnlyList<MatchCriterion> Weighted { get; } =
    [
        MatchCriterion.Occupation, MatchCriterion.MustHaveSkills, MatchCriterion.NiceToHaveSkills, MatchCriterion.Distance,
        MatchCriterion.WorkingTime, MatchCriterion.StartDate, MatchCriterion.GermanLevel,
    ];

    /// <summary>Every problem that makes these weights unusable; empty when valid.</summary>
    public IReadOnlyList<MatchWeightsIssue> Validate()
    {
        var issues = Weighted.Where(c => Of(c) is < 0 or > MaxWeight)
            .Select(c => new MatchWeightsIssue(MatchWeightsProblem.OutOfRange, c))
            .ToList();
        if (issues.Count == 0 && Total == 0)
        {
            issues.Add(new MatchWeightsIssue(MatchWeightsProblem.AllZero, null));
        }

        return issues;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    public void EnsureValid()
    {
        var issues = Validate();
        if (issues.Count > 0)
        {
            throw new ArgumentException($"Invalid match weights: {string.Join(", ", issues)}.");
        }
    }
}

/// <summary>What is wrong with a set of weights.</summary>
public enum MatchWeightsProblem
{
    /// <summary>A weight is below 0 or above <see cref="MatchWeights.MaxWeight"/>.</summary>
    OutOfRange = 1,
    /// <summary>All weights are 0, so no score can be computed.</summary>
    AllZero = 2,
}

/// <summary>A validation problem of <see cref="MatchWeights"/>, for the settings form to translate.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Criterion">The criterion concerned, if one.</param>
public sealed record MatchWeightsIssue(MatchWeightsProblem Problem, MatchCriterion? Criterion);
