using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;

namespace JobConnect.Domain.Tests.Matching;

/// <summary>
/// No protected characteristic (AGG) may move a score. The jobseeker entity holds these of them:
/// birth date (age), salutation (gender), nationality (origin), languages other than German and
/// interpreter language (origin proxies), accessibility needs (disability), and names (origin proxy).
/// It has no religion field, so religion cannot enter by construction.
/// </summary>
public sealed class FairnessTests
{
    private static void ChangeProtectedCharacteristics(Jobseeker person, Random random)
    {
        person.DateOfBirth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 20_000));
        person.Salutation = (Salutation)random.Next(0, 3);
        person.Nationality = new[] { null, "deutsch", "syrisch", "ukrainisch", "türkisch" }[random.Next(5)];
        person.NeedsAccessibility = !person.NeedsAccessibility;
        person.InterpreterLanguage = new[] { null, "Arabisch", "Ukrainisch", "Dari" }[random.Next(4)];
        person.Languages = [new LanguageSkill { Language = "Arabisch", Level = (CefrLevel)random.Next(0, 7) }];
        person.FirstName = $"Name{random.Next()}";
        person.LastName = $"Family{random.Next()}";
    }

    private static string Explained(MatchResult r) =>
        $"{r.Score}|{r.Points}|{string.Join(";", r.Exclusions)}|{string.Join(";", r.Criteria.Select(c => $"{c}:{string.Join(",", c.Missing)}"))}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Changing_only_protected_characteristics_changes_no_score_explanation_or_ranking(int seed)
    {
        var (people, vacancies) = RandomPools.Create(seed, people: 80, vacancies: 25);
        var before = people.SelectMany(p => vacancies.Select(v => Explained(MatchScorer.Score(p, v, MatchWeights.Default)))).ToList();
        var rankingBefore = FastMatcher.Rank(people, vacancies, MatchWeights.Default, MatchRankingOptions.Full);

        var random = new Random(seed * 7919);
        var changed = people.Where(_ => random.Next(2) == 0).ToList();
        Assert.NotEmpty(changed);
        foreach (var person in changed)
        {
            ChangeProtectedCharacteristics(person, random);
        }

        var after = people.SelectMany(p => vacancies.Select(v => Explained(MatchScorer.Score(p, v, MatchWeights.Default)))).ToList();
        var rankingAfter = FastMatcher.Rank(people, vacancies, MatchWeights.Default, MatchRankingOptions.Full);

        Assert.Equal(before, after);
        Assert.All(vacancies, v => Assert.Equal(rankingBefore.ForVacancy(v.Id), rankingAfter.ForVacancy(v.Id)));
        Assert.All(people, p => Assert.Equal(rankingBefore.ForJobseeker(p.Id), rankingAfter.ForJobseeker(p.Id)));
    }

    [Fact]
    public void The_comparison_would_notice_a_changed_score()
    {
        // Guards the test above against comparing nothing: a scored field (German level) does show up.
        var (people, vacancies) = RandomPools.Create(4, people: 30, vacancies: 10);
        var before = people.SelectMany(p => vacancies.Select(v => Explained(MatchScorer.Score(p, v, MatchWeights.Default)))).ToList();
        foreach (var person in people)
        {
            person.GermanLevel = person.GermanLevel == CefrLevel.None ? CefrLevel.C2 : CefrLevel.None;
        }

        var after = people.SelectMany(p => vacancies.Select(v => Explained(MatchScorer.Score(p, v, MatchWeights.Default)))).ToList();

        Assert.NotEqual(before, after);
    }
}
