using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Matching;

/// <summary>
/// The straightforward baseline: every pair through <see cref="MatchScorer"/>, LINQ sorts and takes.
/// Kept as the definition the fast path is tested and benchmarked against; fine for a fair of
/// Kassel's size, too slow for a region's pool.
/// </summary>
public static class ReferenceMatcher
{
    /// <summary>Ranks open vacancies and non-archived jobseekers both ways.</summary>
    public static MatchRanking Rank(
        IReadOnlyCollection<Jobseeker> jobseekers,
        IReadOnlyCollection<Vacancy> vacancies,
        MatchWeights weights,
        MatchRankingOptions? options = null,
        Func<string, PostcodeArea?>? locate = null,
        SkillVocabulary? vocabulary = null)
    {
        vocabulary ??= SkillVocabulary.Shipped;
        options ??= new MatchRankingOptions();
        options.EnsureValid();
        weights.EnsureValid();
        locate ??= PostcodeDirectory.Find;
        var people = jobseekers.Where(j => !j.Archived).ToList();
        var open = vacancies.Where(MatchRules.IsOpen).ToList();

        RankedMatch Ranked(MatchResult r) => new(r.JobseekerId, r.VacancyId, r.Score, r.Points);

        var byVacancy = open.ToDictionary(v => v.Id, v => people
            .Select(j => MatchScorer.Explain(j, v, weights, locate, vocabulary))
            .Where(r => !r.IsExcluded)
            .OrderByDescending(r => r.Points).ThenBy(r => r.JobseekerId)
            .Take(options.TopPerVacancy)
            .Select(Ranked).ToArray());

        var byJobseeker = people.ToDictionary(j => j.Id, j => open
            .Select(v => MatchScorer.Explain(j, v, weights, locate, vocabulary))
            .Where(r => !r.IsExcluded)
            .OrderByDescending(r => r.Points).ThenBy(r => r.VacancyId)
            .Take(options.TopPerJobseeker)
            .Select(Ranked).ToArray());

        return new MatchRanking(byVacancy, byJobseeker);
    }
}
