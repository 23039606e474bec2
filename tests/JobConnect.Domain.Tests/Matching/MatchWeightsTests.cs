using JobConnect.Domain.Matching;

namespace JobConnect.Domain.Tests.Matching;

public sealed class MatchWeightsTests
{
    [Fact]
    public void Defaults_are_valid_and_add_up_to_100()
    {
        Assert.Empty(MatchWeights.Default.Validate());
        Assert.Equal(100, MatchWeights.Default.Total);
        Assert.Equal(MatchWeights.Default.Total, MatchWeights.Weighted.Sum(MatchWeights.Default.Of));
    }

    [Fact]
    public void Negative_or_too_large_weights_are_reported_per_criterion()
    {
        var weights = MatchWeights.Default with { Distance = -1, GermanLevel = MatchWeights.MaxWeight + 1 };

        var issues = weights.Validate();

        Assert.Equal([new(MatchWeightsProblem.OutOfRange, MatchCriterion.Distance), new(MatchWeightsProblem.OutOfRange, MatchCriterion.GermanLevel)], issues);
        Assert.Throws<ArgumentException>(() => MatchScorer.Score(MatchBuilders.Person(), MatchBuilders.Job(), weights));
    }

    [Fact]
    public void All_zero_weights_are_rejected()
    {
        var weights = new MatchWeights { Occupation = 0, MustHaveSkills = 0, NiceToHaveSkills = 0, Distance = 0, WorkingTime = 0, StartDate = 0, GermanLevel = 0 };

        Assert.Equal([new MatchWeightsIssue(MatchWeightsProblem.AllZero, null)], weights.Validate());
    }

    [Fact]
    public void Weights_change_the_score_but_not_the_exclusions()
    {
        var person = MatchBuilders.Person();
        person.TargetKldbCodes = ["25102"];
        var job = MatchBuilders.Job();

        var occupationHeavy = MatchScorer.Score(person, job, MatchWeights.Default with { Occupation = 100 });
        var occupationIgnored = MatchScorer.Score(person, job, MatchWeights.Default with { Occupation = 0 });

        Assert.True(occupationHeavy.Score < occupationIgnored.Score);
        Assert.Equal(100, occupationIgnored.Score);
    }
}
