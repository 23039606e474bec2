namespace JobConnect.Domain.Matching;

/// <summary>One criterion of a match: how far it is met and what it contributes.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Outcome">Met, partly, missing, not applicable or excluded.</param>
/// <param name="Reason">Reason code for the UI text.</param>
/// <param name="Fulfilment">0–100; contributes <c>Weight × Fulfilment</c> points.</param>
/// <param name="Weight">The fair's weight of the criterion; 0 for hard-only criteria.</param>
/// <param name="Actual">The person's value the reason refers to (see <see cref="MatchReason"/>), if any.</param>
/// <param name="Required">The vacancy's value the reason refers to, if any.</param>
public sealed record CriterionScore(
    MatchCriterion Criterion,
    CriterionOutcome Outcome,
    MatchReason Reason,
    int Fulfilment,
    int Weight,
    int? Actual = null,
    int? Required = null)
{
    /// <summary>Skills asked for but not held, as the vacancy spells them and in its order; empty for other criteria.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Skills asked for and held: the employer's wording next to the person's, in the vacancy's order; empty for other criteria.</summary>
    public IReadOnlyList<SkillMatch> Matched { get; init; } = [];

    /// <summary>Weighted points: <see cref="Weight"/> × <see cref="Fulfilment"/>.</summary>
    public int Points => Weight * Fulfilment;
}

/// <summary>One skill both sides name, each in their own words (e.g. "Staplerschein" ↔ "Gabelstaplerschein").</summary>
/// <param name="Asked">As the employer wrote it.</param>
/// <param name="Held">As the person's profile says it.</param>
public sealed record SkillMatch(string Asked, string Held);

/// <summary>A failed hard requirement with the values it compared.</summary>
/// <param name="Reason">Reason code for the UI text.</param>
/// <param name="Actual">The person's value, if the reason has one (e.g. distance in tenths of a km).</param>
/// <param name="Required">The vacancy's or person's limit, if any (e.g. max commute in tenths of a km).</param>
public sealed record MatchExclusion(ExclusionReason Reason, int? Actual = null, int? Required = null);

/// <summary>The explained score of one jobseeker × vacancy pair.</summary>
public sealed record MatchResult
{
    public required int JobseekerId { get; init; }
    public required int VacancyId { get; init; }

    /// <summary>0–100: the weighted points divided by the weight sum, rounded half up; 0 when excluded.</summary>
    public required int Score { get; init; }

    /// <summary>Σ weight × fulfilment, the exact value rankings sort by; −1 when excluded.</summary>
    public required int Points { get; init; }

    /// <summary>All criteria in <see cref="MatchCriterion"/> order.</summary>
    public required IReadOnlyList<CriterionScore> Criteria { get; init; }

    /// <summary>Every failed hard requirement; empty when the pair may be matched.</summary>
    public required IReadOnlyList<MatchExclusion> Exclusions { get; init; }

    public bool IsExcluded => Exclusions.Count > 0;

    /// <summary>
    /// The person lacks at least one must-have skill: the points are capped so the score stays at most
    /// 38, below every phase's minimum score (docs/matching.md, "Must-haves").
    /// </summary>
    public bool MissesMustHave => this[MatchCriterion.MustHaveSkills].Missing.Count > 0;

    public CriterionScore this[MatchCriterion criterion] => Criteria.First(c => c.Criterion == criterion);
}

/// <summary>One entry of a ranking: ordered by <see cref="Points"/> descending, then by the other side's id ascending.</summary>
/// <param name="JobseekerId">The jobseeker.</param>
/// <param name="VacancyId">The vacancy.</param>
/// <param name="Score">0–100.</param>
/// <param name="Points">Exact weighted points (finer than the score; decides the order).</param>
public readonly record struct RankedMatch(int JobseekerId, int VacancyId, int Score, int Points);
