using System.Text.RegularExpressions;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// Each role's main flow with the keyboard alone (after signing in): the organizer moves a conversation in
/// the schedule grid, the caseworker finds candidates for a vacancy and invites one, the employer posts a
/// vacancy with skills, the check-in helper finds a person by name and checks them in. Nothing is clicked; focus must stay visible and land sensibly after each save.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class KeyboardOnlyTests(AccessibilitySession session)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        foreach (var (page, path) in new[] { (await session.NewPageAsync(), "/account/login"), (await session.SignedInPageAsync(DemoSeeder.OrganizerEmail), "/organizer/fair") })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // The first element in tab order, whatever has focus after loading.
            var first = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                        .find(e => e.tabIndex >= 0 && !e.disabled)?.textContent.trim()
                """);
            Assert.Equal("Zum Inhalt springen", first);

            var keys = new Keyboard(page);
            await keys.TabToAsync("a.skip-link", backwards: path != "/account/login");
            await Expect(page.GetByTestId("skip-link")).ToBeInViewportAsync();
            Assert.True(await keys.FocusVisibleAsync(), $"{path}: the focused skip link shows no focus ring.");
            await keys.PressAsync("Enter");
            Assert.True(await keys.FocusMatchesAsync("#main-content"), $"{path}: after the skip link, focus is on {await keys.FocusedAsync()}.");
            await keys.PressAsync("Tab");
            Assert.True(await keys.FocusMatchesAsync("#main-content *"), $"{path}: Tab after the skip link left the content: {await keys.FocusedAsync()}.");
        }
    }

    [Fact]
    public async Task The_organizer_moves_a_conversation_in_the_schedule_grid_with_the_keyboard()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await page.GotoAsync("organizer/schedule");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var grid = page.GetByTestId("schedule-grid");
        await Expect(grid.Locator("td.taken").First).ToBeVisibleAsync();
        var (from, to, name) = await FindMoveAsync(page);
        var keys = new Keyboard(page);

        // One tab stop into the grid, the arrow keys to the conversation, Enter picks it: the state is announced.
        await keys.TabToAsync("[data-grid-keys] td > button");
        await ArrowToAsync(page, from);
        Assert.True(await keys.FocusVisibleAsync(), "The focused grid cell shows no focus ring.");
        await keys.PressAsync("Enter");
        await Expect(from.Locator("button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("move-state")).ToHaveAttributeAsync("role", "status");
        await Expect(page.GetByTestId("move-state")).ToContainTextAsync($"{name} verschieben");

        // The arrow keys to a free place, Space puts it down; focus stays on the new place.
        await ArrowToAsync(page, to);
        await keys.PressAsync("Space");
        await Expect(page.GetByTestId("move-message")).ToContainTextAsync("fest eingeplant");
        await Expect(to).ToContainTextAsync(name);
        await Expect(from).ToHaveClassAsync(new Regex(@"\bfree\b"));
        Assert.True(await keys.FocusMatchesAsync("td.taken > button"), $"After the move, focus is on {await keys.FocusedAsync()}.");
        await Expect(to.Locator("button")).ToBeFocusedAsync();
        await Screenshots.SaveAsync(page, "a11y-keyboard-schedule-moved");
    }

    [Fact]
    public async Task The_caseworker_finds_candidates_for_a_vacancy_and_invites_one_with_the_keyboard()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        await page.GotoAsync($"matching/vacancies/{await VacancyForUninvitedAdultsAsync()}");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var rows = page.GetByTestId("candidates").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var keys = new Keyboard(page);

        // Only people not invited yet.
        await keys.TabToAsync("[data-testid=filter-not-invited] input, input[data-testid=filter-not-invited]");
        await keys.PressAsync("Space");
        await Expect(page.Locator("[data-testid=filter-not-invited] input, input[data-testid=filter-not-invited]").First).ToBeCheckedAsync();
        await Expect(rows.First.Locator("input[type=checkbox]")).ToBeVisibleAsync();
        var name = (await rows.First.GetByTestId("candidate-name").Locator("a").InnerTextAsync()).Trim();

        // Tick the first candidate, back to the invite button, Enter.
        await keys.TabToAsync("[data-testid=candidates] tbody tr input[type=checkbox]");
        await keys.PressAsync("Space");
        await Expect(rows.First.Locator("input[type=checkbox]")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("invite-selected")).ToBeEnabledAsync();
        await keys.TabToAsync("[data-testid=invite-selected]", backwards: true);
        await keys.PressAsync("Enter");

        // The result is announced: the snackbar sits in a live region.
        var snackbar = page.Locator(".mud-snackbar", new() { HasText = "eingeladen" });
        await Expect(snackbar).ToBeVisibleAsync();
        Assert.True(await snackbar.EvaluateAsync<bool>("e => !!e.closest('[aria-live=polite], [aria-live=assertive], [role=status], [role=alert]')"),
            "The snackbar is not inside a live region.");
        await Expect(rows.Filter(new() { HasText = name })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_employer_posts_a_vacancy_with_skills_with_the_keyboard()
    {
        const string Title = "Mechatroniker/in (per Tastatur)";
        var page = await session.SignedInPageAsync(await session.EmailOfAsync(Roles.Employer));
        await page.GotoAsync("employer/vacancies/new");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var keys = new Keyboard(page);

        await keys.TabToAsync("input[data-testid=occupation]");
        // Typed at once after focus: no key may get lost while the field opens its list.
        await keys.TypeAsync("26112");
        await Expect(page.Locator("input[data-testid=occupation]")).ToHaveValueAsync("26112");
        await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("26112");
        await keys.PressAsync("ArrowDown");
        await keys.PressAsync("Enter");
        await Expect(page.Locator("input[data-testid=title]")).ToHaveValueAsync(new Regex("mechatroniker", RegexOptions.IgnoreCase));

        await ReplaceAsync(keys, "input[data-testid=title]", Title);
        await ReplaceAsync(keys, "input[data-testid=postcode]", "34225");
        await ReplaceAsync(keys, "input[data-testid=start-date]", $"01.08.{DateTime.Today.Year + 1}");

        // Skills: typed, Enter adds each as a must-have; the second one is switched to nice-to-have with Space.
        await keys.TabToAsync("input[data-testid=skill-name]");
        await keys.TypeAsync("Teamfähigkeit");
        await keys.PressAsync("Enter");
        await Expect(page.GetByTestId("skill")).ToHaveCountAsync(1);
        await keys.TypeAsync("Staplerschein");
        await keys.PressAsync("Enter");
        var skills = page.GetByTestId("skill");
        await Expect(skills).ToHaveCountAsync(2);
        await keys.TabToAsync("[data-testid=skill-toggle][title^='Staplerschein']");
        await keys.PressAsync("Space");
        await Expect(skills.Filter(new() { HasText = "Staplerschein" })).ToHaveAttributeAsync("data-required", "false");
        await Expect(skills.Filter(new() { HasText = "Teamfähigkeit" })).ToHaveAttributeAsync("data-required", "true");

        await keys.TabToAsync("[data-testid=save]");
        await keys.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/employer/vacancies$"));
        await Expect(page.GetByText(Title)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_check_in_helper_finds_a_person_by_name_and_checks_them_in_with_the_keyboard()
    {
        var person = await UncheckedPersonOfAnotherAgencyAsync();
        var page = await session.SignedInPageAsync(DemoSeeder.CheckInEmail);
        await page.GotoAsync("checkin");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var keys = new Keyboard(page);

        // The field has focus when the page opens, so a scanner (or a person) can start at once.
        await Expect(page.Locator("input[data-testid=desk-input], [data-testid=desk-input] input").First).ToBeFocusedAsync();
        await keys.TypeAsync(person.LastName);
        await keys.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-hits")).ToBeVisibleAsync();
        await keys.TabToAsync($"[data-testid=desk-checkin][aria-label='Einchecken {person.FullName}']");
        Assert.True(await keys.FocusVisibleAsync(), "The focused check-in button shows no focus ring.");
        await keys.PressAsync("Enter");
        await Expect(page.GetByTestId("desk-person")).ToHaveTextAsync(person.FullName);
        await Expect(page.GetByTestId("desk-status")).ToHaveTextAsync(new Regex("^Eingecheckt um"));
    }

    [Fact]
    public async Task When_reconnecting_has_failed_the_retry_button_has_focus_and_focus_returns_once_the_connection_is_back()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.CheckInEmail);
        await page.GotoAsync("checkin");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var keys = new Keyboard(page);
        var field = page.Locator("input[data-testid=desk-input], [data-testid=desk-input] input").First;
        await Expect(field).ToBeFocusedAsync();

        // Blazor tells the notice its state with this event (BoothWifiDropTests drops a real connection); the
        // retries running out takes minutes with Blazor's schedule, so the states are sent here as Blazor sends them.
        await ReconnectStateAsync(page, "show");
        await ReconnectStateAsync(page, "failed");
        var retry = page.Locator("#components-reconnect-button");
        await Expect(retry).ToBeVisibleAsync();
        await Expect(retry).ToBeFocusedAsync();
        await Expect(retry).ToHaveTextAsync("Erneut verbinden");
        Assert.True(await keys.FocusVisibleAsync(), "The focused retry button shows no focus ring.");

        await ReconnectStateAsync(page, "hide");
        await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await Expect(field).ToBeFocusedAsync();
    }

    /// <summary>What Blazor's reconnection display does on a state change: the state's class on the notice, then the event.</summary>
    private static async Task ReconnectStateAsync(IPage page, string state) =>
        await page.EvaluateAsync("""
            state => {
              const modal = document.getElementById('components-reconnect-modal');
              modal.classList.remove('components-reconnect-show', 'components-reconnect-retrying', 'components-reconnect-failed', 'components-reconnect-hide');
              modal.classList.add('components-reconnect-' + state);
              modal.dispatchEvent(new CustomEvent('components-reconnect-state-changed', { detail: { state } }));
            }
            """, state);

    /// <summary>Tab to a text field, select what is in it and type the new value, then leave it with Tab.</summary>
    private static async Task ReplaceAsync(Keyboard keys, string selector, string value)
    {
        await keys.TabToAsync(selector);
        await keys.PressAsync("Control+A");
        await keys.TypeAsync(value);
        await keys.PressAsync("Tab");
    }

    /// <summary>Arrow keys from the focused cell to <paramref name="cell"/>, one row or column per press.</summary>
    private static async Task ArrowToAsync(IPage page, ILocator cell)
    {
        var target = await cell.EvaluateAsync<int[]>("td => [td.parentElement.rowIndex, td.cellIndex]");
        for (var press = 0; press < 500; press++)
        {
            var at = await page.EvaluateAsync<int[]>("() => { const td = document.activeElement.closest('td'); return [td.parentElement.rowIndex, td.cellIndex]; }");
            if (at[0] == target[0] && at[1] == target[1])
            {
                return;
            }
            await page.Keyboard.PressAsync(at[0] < target[0] ? "ArrowDown" : at[0] > target[0] ? "ArrowUp" : at[1] < target[1] ? "ArrowRight" : "ArrowLeft");
        }
        throw new InvalidOperationException("The arrow keys did not reach the cell.");
    }

    /// <summary>From the grid as shown: a person with one conversation in this phase and a free place at the same table.</summary>
    private static async Task<(ILocator From, ILocator To, string Name)> FindMoveAsync(IPage page)
    {
        var cells = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('[data-grid-keys] td[data-testid=cell]')]
                    .map(td => [td.dataset.booth, td.dataset.table, td.dataset.slot, td.classList.contains('taken') ? td.innerText.trim() : ''])
            """);
        var taken = cells.Where(c => c[3].Length > 0).ToList();
        foreach (var from in taken.Where(c => taken.Count(o => o[3] == c[3]) == 1))
        {
            var free = cells.FirstOrDefault(c => c[3].Length == 0 && c[0] == from[0] && c[1] == from[1]);
            if (free is not null)
            {
                return (Cell(page, from), Cell(page, free), from[3]);
            }
        }
        throw new InvalidOperationException("The planned grid has no conversation with a free place at its table.");
    }

    private static ILocator Cell(IPage page, string[] c) =>
        page.Locator($"td[data-testid=cell][data-booth='{c[0]}'][data-table='{c[1]}'][data-slot='{c[2]}']");

    /// <summary>Someone another agency invited who has not arrived (the demo caseworker's people belong to the other tests).</summary>
    private async Task<(string FullName, string LastName)> UncheckedPersonOfAnotherAgencyAsync()
    {
        using var scope = session.App.Services.CreateScope();
        var caseworker = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoSeeder.CaseworkerEmail))!;
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);
        var fair = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
        var person = await db.Invitations.Where(i => i.FairId == fair.Id && i.AgencyId != caseworker.AgencyId && i.ArrivedUtc == null)
            .OrderByDescending(i => i.Id).Select(i => new { i.Jobseeker!.FirstName, i.Jobseeker.LastName }).FirstAsync(Ct);
        return ($"{person.FirstName} {person.LastName}", person.LastName);
    }

    /// <summary>An open vacancy of the morning whose occupation one of the demo caseworker's (uninvited) adults is looking for.</summary>
    private async Task<int> VacancyForUninvitedAdultsAsync()
    {
        using var scope = session.App.Services.CreateScope();
        var caseworker = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoSeeder.CaseworkerEmail))!;
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);
        var fair = (await db.CurrentFairAsync(TimeProvider.System, Ct))!;
        var wanted = (await db.Jobseekers.Where(j => j.AgencyId == caseworker.AgencyId && j.TargetGroup == TargetGroup.Adult && !j.Archived)
            .Select(j => j.TargetKldbCodes).ToListAsync(Ct)).SelectMany(c => c).ToHashSet();
        var vacancies = await db.Vacancies.Where(v => v.FairId == fair.Id && Vacancy.OpenStatuses.Contains(v.Status)).OrderBy(v => v.Id).ToListAsync(Ct);
        return vacancies.First(v => v.Phases.HasFlag(TargetGroups.Adults) && wanted.Contains(v.KldbCode)).Id;
    }
}
