using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Matching;
using JobConnect.Application.Identity;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Matching;

[Collection(BrowserCollection.Name)]
public sealed class MatchingTests(BrowserSession browser)
{
    [Fact]
    public async Task A_caseworker_sees_ranked_candidates_of_their_own_agency_with_reasons_and_invites_two_and_the_organizer_sees_coverage()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var matching = new MatchingPages(page);
        await matching.OpenOverviewAsync();
        await Screenshots.SaveAsync(page, "caseworker-matching");
        await matching.OpenVacancyWithCandidatesAsync(minimum: 3);
        await page.GetByLabel("Nur noch nicht Eingeladene").CheckAsync();
        await Expect(matching.CandidateRows.First).ToBeVisibleAsync();

        // Every row explains itself: a score and the criteria as chips.
        var first = matching.CandidateRows.First;
        await Expect(first.GetByTestId("match-score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d{1,3}$"));
        await Expect(first.Locator("[data-criterion=Occupation]")).ToContainTextAsync("Beruf:");
        await Expect(first.Locator("[data-criterion=Distance]")).ToContainTextAsync("km");

        var shown = new List<(string Name, string Reference)>();
        for (var i = 0; i < await matching.CandidateRows.CountAsync(); i++)
        {
            shown.Add(await matching.CandidateAsync(i));
        }
        await AssertOnlyOwnAgencyAsync(shown, int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));

        await matching.TickAsync(0, expectedCount: 1);
        await matching.TickAsync(1, expectedCount: 2);
        await Screenshots.SaveAsync(page, "caseworker-vacancy-candidates");
        await matching.InviteButton.ClickAsync();
        await Expect(page.GetByText("2 Person(en) eingeladen.")).ToBeVisibleAsync();
        // With "not yet invited" on, the two leave the list.
        foreach (var (name, _) in shown.Take(2))
        {
            await Expect(page.GetByTestId("candidates").GetByText(name, new() { Exact = true })).ToHaveCountAsync(0);
        }

        // An organizer changes the weights while the list is open: the list says it is outdated and refreshes.
        var organizer = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var weights = new MatchWeightsPage(organizer);
        await weights.OpenAsync();
        await weights.SetAsync("Distance", 20);
        await weights.SaveAsync();
        try
        {
            await Expect(page.GetByTestId("matching-outdated")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Screenshots.SaveAsync(page, "caseworker-matching-outdated");
            await page.GetByTestId("matching-refresh").ClickAsync();
            await Expect(page.GetByTestId("matching-outdated")).ToHaveCountAsync(0);
        }
        finally
        {
            await weights.ResetAsync(); // the weights are shared by every test of this app
        }

        // From a candidate to the vacancies that person fits.
        var next = await matching.CandidateAsync(0);
        await matching.CandidateRows.First.GetByTestId("candidate-name").Locator("a").ClickAsync();
        var parts0 = next.Name.Split(", ");
        await Expect(page.GetByTestId("person-title")).ToContainTextAsync($"{parts0[1]} {parts0[0]}");
        await Expect(page.GetByTestId("vacancy-matches").Locator("tbody tr").First.GetByTestId("match-explanation")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "caseworker-person-matches");

        await organizer.GotoAsync("organizer/coverage");
        await new StartPage(organizer).WaitUntilInteractiveAsync();
        var rows = organizer.GetByTestId("coverage").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.True(await rows.CountAsync() >= 40);
        await Expect(organizer.GetByTestId("coverage-summary")).ToContainTextAsync("Stellen mit zu wenig passenden Personen");
        var text = await organizer.GetByTestId("coverage").InnerTextAsync();
        foreach (var (name, reference) in shown)
        {
            // Counts only: neither name form nor the reference (a bare surname may well be a job title, e.g. "Koch").
            var parts = name.Split(", ");
            Assert.DoesNotContain(name, text);
            Assert.DoesNotContain($"{parts[1]} {parts[0]}", text);
            Assert.DoesNotContain(reference, text);
        }
        await Screenshots.SaveAsync(organizer, "organizer-coverage");
    }

    [Fact]
    public async Task A_click_on_a_row_opens_its_vacancy_on_the_overview_and_its_person_on_the_caseload()
    {
        // The rows navigate through RowNavigation (no re-render of the page they leave): clicked on a cell that
        // is not the link, as a mouse user does.
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var matching = new MatchingPages(page);
        await matching.OpenOverviewAsync();
        var row = matching.VacancyRows.Nth(1);
        var title = (await row.Locator("td").Nth(1).Locator("a").InnerTextAsync()).Trim();
        await row.Locator("td").First.ClickAsync();
        await Expect(page.GetByTestId("vacancy-title")).ToHaveTextAsync(title);

        var caseload = new JobseekerListPage(page);
        await caseload.OpenAsync();
        await Expect(caseload.Rows.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var link = await caseload.Rows.First.Locator("td").Nth(2).Locator("a").GetAttributeAsync("href");
        await caseload.Rows.First.Locator("td").Nth(3).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{System.Text.RegularExpressions.Regex.Escape(link!)}$"));
    }

    [Fact]
    public async Task An_organizer_weighs_distance_higher_sees_the_shares_change_and_resets_to_the_defaults()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var weights = new MatchWeightsPage(page);
        await weights.OpenAsync();
        await Expect(weights.Share("Distance")).ToHaveTextAsync("15 % der Passung");

        await weights.SetAsync("Distance", 65);
        await Expect(weights.Share("Distance")).ToHaveTextAsync("43 % der Passung"); // 65 of 150
        await weights.SaveAsync();
        try
        {
            await Screenshots.SaveAsync(page, "organizer-match-weights");
            await weights.OpenAsync();
            await Expect(weights.Weight("Distance")).ToHaveValueAsync("65");
        }
        finally
        {
            await weights.ResetAsync();
        }
        await Expect(weights.Weight("Distance")).ToHaveValueAsync("15");
    }

    [Fact]
    public async Task A_caseworker_sees_candidates_ranked_with_the_employers_and_the_persons_wording_side_by_side()
    {
        var (vacancyId, reference, asked, held) = await CandidateWithOtherWordingAsync();
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        await page.GotoAsync($"matching/vacancies/{vacancyId}");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var matching = new MatchingPages(page);
        await Expect(matching.CandidateRows.First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var scores = await matching.CandidateRows.GetByTestId("match-score").AllInnerTextsAsync();
        var numbers = scores.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.OrderByDescending(n => n), numbers);
        var row = matching.CandidateRows.Filter(new() { HasText = reference });
        var pair = row.GetByTestId("skill-pair").Filter(new() { Has = page.GetByTestId("skill-held").GetByText(held, new() { Exact = true }) });
        await Expect(pair.GetByTestId("skill-asked")).ToHaveTextAsync(asked);
        await row.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "caseworker-candidates-wording");

        // Below the conversation threshold: those missing a must-have, marked as such, still there to invite by hand.
        await page.Locator("input[data-testid=filter-min-score]").FillAsync("0");
        await Expect(page.GetByTestId("must-missing").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("must-missing").First).ToContainTextAsync("Muss-Kenntnis fehlt: ");
        var capped = matching.CandidateRows.Filter(new() { Has = page.GetByTestId("must-missing") }).First;
        Assert.True(int.Parse(await capped.GetByTestId("match-score").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) <= 38);
        await Expect(capped.Locator(".mud-checkbox input")).ToBeEnabledAsync();
        await Screenshots.SaveAsync(capped, "caseworker-candidates-must-missing");
    }

    /// <summary>A vacancy with a candidate of the demo caseworker's agency, scoring at least 50, whose profile names a skill in other words than the employer.</summary>
    private async Task<(int VacancyId, string Reference, string Asked, string Held)> CandidateWithOtherWordingAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
        var agencyId = await db.Users.Where(u => u.Email == DemoSeeder.CaseworkerEmail).Select(u => u.AgencyId).SingleAsync();
        var caseworker = new UserScope("e2e", Roles.Caseworker, agencyId, null);
        var rank = scope.ServiceProvider.GetRequiredService<RankCandidates>();
        foreach (var vacancyId in await db.Vacancies.OrderBy(v => v.Id).Select(v => v.Id).ToListAsync())
        {
            var candidates = await rank.HandleAsync(caseworker, vacancyId, new CandidateFilter(MinimumScore: 50));
            foreach (var candidate in candidates.Ranked.Take(25))
            {
                var pairs = candidate.Match[Domain.Matching.MatchCriterion.MustHaveSkills].Matched
                    .Concat(candidate.Match[Domain.Matching.MatchCriterion.NiceToHaveSkills].Matched);
                if (pairs.FirstOrDefault(p => !string.Equals(p.Asked, p.Held, StringComparison.CurrentCultureIgnoreCase)) is { } pair)
                {
                    return (vacancyId, candidate.ReferenceNumber, pair.Asked, pair.Held);
                }
            }
        }
        throw new InvalidOperationException("The demo has no candidate whose skills are worded differently from the vacancy's.");
    }

    /// <summary>The rows shown belong to the caseworker's agency, and another agency does hold candidates for the same vacancy.</summary>
    private async Task AssertOnlyOwnAgencyAsync(List<(string Name, string Reference)> shown, int vacancyId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
        var agencyId = await db.Users.Where(u => u.Email == DemoSeeder.CaseworkerEmail).Select(u => u.AgencyId).SingleAsync();
        var references = shown.Select(s => s.Reference).ToList();
        var people = await db.Jobseekers.Where(j => references.Contains(j.ReferenceNumber))
            .Select(j => new { j.ReferenceNumber, j.LastName, j.FirstName, j.AgencyId }).ToListAsync();
        foreach (var (name, reference) in shown)
        {
            Assert.Contains(people, p => p.ReferenceNumber == reference && $"{p.LastName}, {p.FirstName}" == name && p.AgencyId == agencyId);
        }

        var rank = scope.ServiceProvider.GetRequiredService<RankCandidates>();
        var others = new List<(string, string)>();
        foreach (var other in await db.Agencies.Where(a => a.Id != agencyId).Select(a => a.Id).ToListAsync())
        {
            var theirs = await rank.HandleAsync(new UserScope("e2e", Roles.Caseworker, other, null), vacancyId, new CandidateFilter());
            others.AddRange(theirs.Ranked.Select(c => ($"{c.LastName}, {c.FirstName}", c.ReferenceNumber)));
        }
        Assert.NotEmpty(others); // the vacancy does have candidates elsewhere …
        Assert.Empty(others.Intersect(shown)); // … and none of them is shown here
    }
}
