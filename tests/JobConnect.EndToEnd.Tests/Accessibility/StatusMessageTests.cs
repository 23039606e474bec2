using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Vacancies;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// Status messages reach screen readers (WCAG 4.1.3): they appear inside polite live regions that were on the
/// page before them. The snackbar (MudBlazor renders role=alert, aria-live=polite) is checked by the
/// caseworker's keyboard test.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class StatusMessageTests(AccessibilitySession session)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_outdated_notice_and_the_planner_run_are_announced_in_live_regions()
    {
        var caseworker = await session.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        await caseworker.GotoAsync($"matching/vacancies/{await FirstOpenVacancyIdAsync()}");
        await new StartPage(caseworker).WaitUntilInteractiveAsync();
        await Expect(caseworker.GetByTestId("candidates")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var freshness = caseworker.GetByTestId("matching-freshness");
        await AssertPoliteStatusAsync(freshness);

        // The organizers change the weights: the open page says its figures are outdated, inside the region.
        await using (var db = await NewDbAsync())
        {
            var current = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
            var fair = await db.Fairs.SingleAsync(f => f.Id == current.Id, Ct);
            fair.MatchWeights = fair.MatchWeights with { Distance = fair.MatchWeights.Distance == 30 ? 31 : 30 };
            await db.SaveChangesAsync(Ct);
        }
        await Expect(freshness.GetByTestId("matching-outdated")).ToBeVisibleAsync(new() { Timeout = 40_000 });
        await Screenshots.SaveAsync(caseworker, "a11y-matching-outdated");

        // The planner's progress and its result appear in the schedule's status region.
        var organizer = await session.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await organizer.GotoAsync("organizer/schedule");
        await new StartPage(organizer).WaitUntilInteractiveAsync();
        var status = organizer.GetByTestId("schedule-status");
        await AssertPoliteStatusAsync(status);
        await AssertPoliteStatusAsync(organizer.GetByTestId("move-status"));
        await organizer.GetByTestId("run-scheduler").ClickAsync();
        await Expect(status.GetByTestId("run-result")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    private static async Task AssertPoliteStatusAsync(ILocator region)
    {
        await Expect(region).ToHaveAttributeAsync("role", "status");
        await Expect(region).ToHaveAttributeAsync("aria-live", "polite");
    }

    private async Task<int> FirstOpenVacancyIdAsync()
    {
        await using var db = await NewDbAsync();
        var fair = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
        return await db.Vacancies.Where(v => v.FairId == fair.Id && Vacancy.OpenStatuses.Contains(v.Status)).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(Ct);
    }

    private async Task<JobConnectDbContext> NewDbAsync() =>
        await session.App.Services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);
}
