using JobConnect.Testing;
using Bunit;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Domain.Common;
using JobConnect.Web.Components.Shared;

namespace JobConnect.Web.Tests.Components;

public sealed class KeyFiguresPanelTests : ComponentTestContext
{
    private static KeyFigures Figures(int? jobseekers) => new(
        "job-connect Kassel", new DateOnly(2027, 3, 18), "Ständehaus", null,
        Vacancies: 61, Openings: 140, Apprenticeships: 22, Jobseekers: jobseekers, Employers: 17,
        [new PhaseFigures(1, TestPhases.Morning, new(9, 0), new(12, 30), 350, 120, 80, 0)]);

    [Fact]
    public void Shows_the_counts_and_one_row_per_phase()
    {
        var panel = Render<KeyFiguresPanel>(p => p.Add(x => x.Figures, Figures(1234)));

        var values = panel.FindAll("[data-testid=figure-value]").Select(e => e.TextContent).ToList();
        Assert.Equal(["61", "1.234", "17"], values);
        Assert.Contains("Jobs: 39 · Ausbildung: 22 · offene Plätze: 140", panel.Markup);
        var row = panel.Find("[data-testid=phase-figures] tbody tr");
        Assert.Contains("Vormittag", row.TextContent);
        Assert.Contains("09:00 – 12:30", row.TextContent);
    }

    [Fact]
    public void Hides_the_jobseeker_count_when_the_user_may_not_see_it()
    {
        var panel = Render<KeyFiguresPanel>(p => p.Add(x => x.Figures, Figures(null)).Add(x => x.ShowEmployers, false));

        Assert.Single(panel.FindAll("[data-testid=figure-value]"));
        Assert.DoesNotContain("Bewerber", panel.Markup);
    }
}
