using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;
using static JobConnect.Domain.Tests.Matching.MatchBuilders;

namespace JobConnect.Domain.Tests.Matching;

/// <summary>Hand-made pairs: what the vocabulary and the must-have rule do to a score, in both matchers.</summary>
public sealed class SkillMatchingTests
{
    private static (Jobseeker Person, Vacancy Job) Pair(string[] held, params (string Name, bool Required)[] asked)
    {
        var person = Person();
        person.Skills = [.. held];
        var job = Job();
        job.Skills = [.. asked.Select(a => new VacancySkill { Name = a.Name, Required = a.Required })];
        return (person, job);
    }

    /// <summary>The explained score, checked against the fast path's points for the same pair.</summary>
    private static MatchResult Both(Jobseeker person, Vacancy job)
    {
        var explained = MatchScorer.Score(person, job, MatchWeights.Default);
        foreach (var vectorised in new[] { true, false })
        {
            var ranking = FastMatcher.Rank(MatchingPool.Create([person], [job]), MatchWeights.Default, MatchRankingOptions.Full, vectorised, 0, 8);
            var fast = Assert.Single(ranking.ForVacancy(job.Id));
            Assert.Equal((explained.Points, explained.Score), (fast.Points, fast.Score));
        }

        return explained;
    }

    [Fact]
    public void A_synonym_covers_the_must_have_and_the_chip_shows_both_wordings()
    {
        var (person, job) = Pair(["Gabelstaplerschein"], ("Staplerschein", true));

        var result = Both(person, job);

        var must = result[MatchCriterion.MustHaveSkills];
        Assert.Equal((1, 1, 100), (must.Actual, must.Required, must.Fulfilment));
        Assert.Equal([new SkillMatch("Staplerschein", "Gabelstaplerschein")], must.Matched);
        Assert.False(result.MissesMustHave);
        Assert.Equal(100, result.Score);
    }

    [Fact]
    public void A_different_spelling_covers_the_skill()
    {
        var (person, job) = Pair(["microsoft-office", "pkw führerschein"], ("MS Office", true), ("Klasse B", false));

        var result = Both(person, job);

        Assert.Equal(100, result[MatchCriterion.MustHaveSkills].Fulfilment);
        Assert.Equal(100, result[MatchCriterion.NiceToHaveSkills].Fulfilment);
    }

    [Fact]
    public void An_unrelated_word_does_not_cover_the_skill()
    {
        var (person, job) = Pair(["Führerschein B", "Staplerfahrer-Lehrgang geplant"], ("Staplerschein", true));

        var result = Both(person, job);

        Assert.Equal(["Staplerschein"], result[MatchCriterion.MustHaveSkills].Missing);
        Assert.True(result.MissesMustHave);
    }

    [Fact]
    public void Unknown_words_still_match_the_same_wording()
    {
        var (person, job) = Pair(["korbflechten"], ("Korbflechten", true));

        Assert.Equal(100, Both(person, job)[MatchCriterion.MustHaveSkills].Fulfilment);
    }

    [Fact]
    public void A_missing_must_have_keeps_an_otherwise_perfect_pair_below_every_minimum_score()
    {
        // Everything else fits perfectly; one of two must-haves is missing: 90 % of the points before the cap.
        var (person, job) = Pair(["Staplerschein"], ("Staplerschein", true), ("ADR-Schein", true));

        var result = Both(person, job);

        Assert.True(result.MissesMustHave);
        Assert.InRange(result.Score, 1, MatchRules.MustHaveMissingMaxScore);
        Assert.True(result.Score < Domain.Fairs.PhaseRules.LowestMinimumScore);
        Assert.False(result.IsExcluded); // still ranked: the caseworker may invite by hand
    }

    [Fact]
    public void Among_pairs_missing_a_must_have_the_better_fit_still_ranks_first()
    {
        var (near, job) = Pair([], ("ADR-Schein", true));
        var far = Person(2);
        far.Skills = [];
        far.Postcode = "34225"; // Baunatal: farther away, so fewer distance points
        var ranking = FastMatcher.Rank([near, far], [job], MatchWeights.Default, MatchRankingOptions.Full);

        Assert.Equal([1, 2], ranking.ForVacancy(job.Id).Select(m => m.JobseekerId));
        Assert.All(ranking.ForVacancy(job.Id), m => Assert.True(m.Score <= MatchRules.MustHaveMissingMaxScore));
    }
}
