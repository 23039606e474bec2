using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Features.Matching;

/// <summary>Identifies the data a ranking was computed from.</summary>
public sealed record MatchingVersion(Guid Stamp, int FairId, DateTime ComputedUtc);

/// <summary>
/// Every open vacancy of the current fair ranked against every active jobseeker of all agencies,
/// as of one <see cref="Data.MatchingInputs"/> stamp. Immutable: readers never see a half-built ranking.
/// Holds personal data of all agencies, so only the matching use cases read it, each through its scope.
/// The entities are shared by every session: read them, never change them.
/// </summary>
public sealed class MatchingSnapshot
{
    internal MatchingSnapshot(Guid stamp, int fairId, MatchWeights weights, SkillVocabulary vocabulary, IReadOnlyList<Jobseeker> people,
        IReadOnlyList<Vacancy> vacancies, DateTime computedUtc)
    {
        Stamp = stamp;
        FairId = fairId;
        Weights = weights;
        Vocabulary = vocabulary;
        People = people.ToDictionary(p => p.Id);
        Vacancies = vacancies.ToDictionary(v => v.Id);
        ComputedUtc = computedUtc;
        // The vocabulary is applied here, once per distinct wording while the pool is built — never per pair.
        Ranking = FastMatcher.Rank(people, vacancies, weights, MatchRankingOptions.Full, vocabulary: vocabulary);
    }

    public Guid Stamp { get; }
    public int FairId { get; }
    public MatchWeights Weights { get; }

    /// <summary>The skills vocabulary (shipped terms with the organizers' changes) the ranking used.</summary>
    public SkillVocabulary Vocabulary { get; }
    public DateTime ComputedUtc { get; }

    /// <summary>What a page keeps to ask later whether its figures are still current.</summary>
    public MatchingVersion Version => new(Stamp, FairId, ComputedUtc);

    /// <summary>Active (not archived) jobseekers by id, with their employer exclusions.</summary>
    internal IReadOnlyDictionary<int, Jobseeker> People { get; }

    /// <summary>Open vacancies of the fair by id, with their employer.</summary>
    internal IReadOnlyDictionary<int, Vacancy> Vacancies { get; }

    /// <summary>Complete both ways: every pair that is not excluded.</summary>
    internal MatchRanking Ranking { get; }

    /// <summary>The explained score of a pair, computed by the reference scorer from the same data.</summary>
    internal MatchResult Explain(Jobseeker person, Vacancy vacancy) => MatchScorer.Score(person, vacancy, Weights, vocabulary: Vocabulary);
}
