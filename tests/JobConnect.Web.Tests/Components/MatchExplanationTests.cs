using System.Globalization;
using Bunit;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;
using JobConnect.Web.Components.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Tests.Components;

public sealed class MatchExplanationTests : ComponentTestContext
{
    private static Jobseeker Welder(string postcode = "34117") => new()
    {
        Id = 1, ReferenceNumber = "K-1", FirstName = "Alex", LastName = "Muster", Postcode = postcode,
        TargetGroup = TargetGroup.Adult, TargetKldbCodes = ["24232"], Skills = ["CNC-Fräsen"], GermanLevel = CefrLevel.B2,
        MaxCommuteKm = 30,
    };

    private static Vacancy Vacancy() => new()
    {
        Id = 7, EmployerId = 3, Title = "Zerspanungsmechaniker/in", KldbCode = "24232", Postcode = "34117",
        StartDate = new DateOnly(2027, 8, 1), Phases = TargetGroups.Adults, GermanLevel = CefrLevel.B1,
        Skills = [new VacancySkill { Name = "CNC-Fräsen", Required = true }, new VacancySkill { Name = "Schweißen", Required = true }],
    };

    [Fact]
    public void A_match_shows_its_score_as_a_bar_and_one_chip_per_weighted_criterion_with_the_reason()
    {
        var match = MatchScorer.Score(Welder(), Vacancy(), MatchWeights.Default);

        var view = Render<MatchExplanation>(p => p.Add(x => x.Match, match));

        Assert.Equal(match.Score.ToString(CultureInfo.InvariantCulture), view.Find("[data-testid=match-score]").TextContent);
        Assert.Equal(match.Score.ToString(CultureInfo.InvariantCulture), view.Find(".mud-progress-linear").GetAttribute("aria-valuenow"));
        Assert.Equal(MatchWeights.Weighted.Count, view.FindAll("[data-criterion]").Count);
        Assert.Equal("Met", Chip(view, MatchCriterion.Occupation).GetAttribute("data-outcome"));
        Assert.Contains("Beruf: genau der Zielberuf", Chip(view, MatchCriterion.Occupation).TextContent);
        Assert.Equal("Partly", Chip(view, MatchCriterion.MustHaveSkills).GetAttribute("data-outcome"));
        Assert.Contains("Muss-Kenntnisse: 1 von 2", Chip(view, MatchCriterion.MustHaveSkills).TextContent);
        Assert.Contains("Entfernung: 0 km (max. 30 km)", Chip(view, MatchCriterion.Distance).TextContent);
        Assert.Contains("Deutsch: B2 (gefordert B1)", Chip(view, MatchCriterion.GermanLevel).TextContent);
        Assert.Empty(view.FindAll("[data-criterion=DrivingLicence]")); // not asked for: no chip
        Assert.Empty(view.FindAll("[data-testid=match-excluded]"));
    }

    [Fact]
    public void An_excluded_match_says_why_instead_of_a_score()
    {
        var person = Welder(postcode: "36251"); // Bad Hersfeld, about 50 km
        person.EmployerExclusions = [new EmployerExclusion { EmployerId = 3 }];
        var match = MatchScorer.Score(person, Vacancy(), MatchWeights.Default);

        var view = Render<MatchExplanation>(p => p.Add(x => x.Match, match));

        Assert.Empty(view.FindAll("[data-testid=match-score]"));
        var excluded = view.Find("[data-testid=match-excluded]").TextContent;
        Assert.Contains("Ausgeschlossen: Arbeitgeber auf Wunsch der Person gesperrt; zu weit für den Pendelweg", excluded);
        Assert.Equal("Excluded", Chip(view, MatchCriterion.Distance).GetAttribute("data-outcome"));
        Assert.Matches(@"Entfernung: \d+,\d km, weiter als 30 km", Chip(view, MatchCriterion.Distance).TextContent);
    }

    [Fact]
    public void The_tooltip_names_the_missing_skills_and_the_weight()
    {
        var match = MatchScorer.Score(Welder(), Vacancy(), MatchWeights.Default);
        var l = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var detail = l.Detail(match[MatchCriterion.MustHaveSkills]);

        Assert.Equal("Muss-Kenntnisse: 1 von 2 · fehlt: Schweißen · Gewicht 20, erfüllt zu 50 %", detail);
    }

    [Fact]
    public void In_english_the_chips_read_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var match = MatchScorer.Score(Welder(), Vacancy(), MatchWeights.Default);

        var view = Render<MatchExplanation>(p => p.Add(x => x.Match, match));

        Assert.Contains("Occupation: exact target occupation", Chip(view, MatchCriterion.Occupation).TextContent);
        Assert.Contains("Must-have skills: 1 of 2", Chip(view, MatchCriterion.MustHaveSkills).TextContent);
    }

    private static AngleSharp.Dom.IElement Chip(IRenderedComponent<MatchExplanation> view, MatchCriterion criterion) =>
        view.Find($"[data-criterion={criterion}]");
}
