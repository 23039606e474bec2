using JobConnect.Application.Identity;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// Reflow (WCAG 1.4.10, 1.4.4): the main pages of each role at 360 px (a phone) and at 200 % zoom (a 1366 px
/// screen zoomed in: 683 CSS px wide at device scale 2) lose nothing. The page does not scroll sideways, no
/// text, button, link or field sticks out of the window or is cut off by (or hidden in a sideways scroll of)
/// its box: tables too wide for the screen turn into cards that fit.
/// Two-dimensional content may scroll inside its own box (the schedule grid, figures tables), as WCAG allows.
/// Every page is saved as a screenshot (a11y-reflow-*) for people to look at.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class ReflowTests(AccessibilitySession session)
{
    public static TheoryData<string, int> Widths => new()
    {
        { Roles.Organizer, 360 }, { Roles.Organizer, 683 },
        { Roles.Caseworker, 360 }, { Roles.Caseworker, 683 },
        { Roles.Employer, 360 }, { Roles.Employer, 683 },
        { "Public", 360 }, { "Public", 683 },
    };

    private static readonly Dictionary<string, string[]> MainPages = new()
    {
        [Roles.Organizer] = ["/organizer", "/organizer/fair", "/organizer/schedule", "/organizer/vacancies", "/organizer/employers", "/invitations", "/users", "/checkin", "/reports"],
        [Roles.Caseworker] = ["/caseworker", "/jobseekers", "/jobseekers/import", "/jobseekers/new", "/matching", "/invitations", "/users", "/fair-day"],
        [Roles.Employer] = ["/employer", "/employer/vacancies", "/employer/vacancies/new", "/employer/schedule", "/employer/booth", "/employer/company", "/users"],
        ["Public"] = ["/account/login", "/account/forgot-password", "/register"],
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_main_pages_lose_nothing_at_360_px_and_at_200_percent_zoom(string role, int width)
    {
        var page = await NewPageAsync(width);
        if (role != "Public")
        {
            var login = new LoginPage(page);
            await login.OpenAsync();
            await login.SignInAsync(await session.EmailOfAsync(role), DemoSeeder.Password);
            await new StartPage(page).WaitUntilInteractiveAsync();
        }
        var paths = role == "Public" ? [.. MainPages[role], $"/e/{session.PersonalPageToken}"] : MainPages[role];
        var findings = new List<string>();
        foreach (var path in paths)
        {
            await PageLoad.OpenAsync(page, path);
            var name = $"a11y-reflow-{width}-{role}-{path.Trim('/').Replace('/', '-')}".TrimEnd('-');
            if (width == 360)
            {
                await Screenshots.SaveAsync(page, name);
            }
            else
            {
                // At device scale 2 a whole long page is a huge image; the first screen shows what zoom does to the layout.
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"{name}.png") });
            }
            findings.AddRange((await page.EvaluateAsync<string[]>(LostContentScript)).Select(f => $"{path}: {f}"));
        }

        Assert.True(findings.Count == 0, $"{role} at {width} CSS px:\n{string.Join("\n", findings)}");
    }

    private Task<IPage> NewPageAsync(int width) => width == 360 ? session.NewPhonePageAsync() : session.NewZoomedPageAsync();

    /// <summary>
    /// What a person at this width cannot see or reach: the page scrolling sideways; text, controls and fields
    /// beyond the window's edges; or beyond the edges of a box that hides or scrolls its overflow. Only two-dimensional content (the schedule
    /// grid, tables shown as tables) may scroll sideways inside its box; tables shown as cards must fit.
    /// </summary>
    private const string LostContentScript = """
        () => {
          const found = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways: ${doc.scrollWidth} px of content in ${window.innerWidth} px`);
          // Two-dimensional content may scroll inside its own box (WCAG 1.4.10's exception): the schedule grid and data
          // tables shown as tables. A table shown as cards (MudTable/MudDataGrid below its breakpoint) must fit.
          const cards = '.mud-xs-table, .mud-sm-table, .mud-md-table';
          const scrollsSideways = e => !!e.closest('.schedule-scroll, .table-scroll, [data-reflow-scroll]')
            || (!!e.closest('.mud-table-container, .mud-simple-table') && !e.closest(cards));
          const label = e => `${e.tagName.toLowerCase()}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''} "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
          const candidates = document.querySelectorAll('main button, main a[href], main input:not([type=hidden]), main select, main textarea, main td, main th, main p, main h1, main h2, main h3, main li, main label, main .mud-chip, header button, header a[href]');
          for (const e of candidates) {
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || e.closest('[aria-hidden=true], .visually-hidden, .mud-popover')) continue;
            if (scrollsSideways(e)) continue;
            if (r.right > window.innerWidth + 1 || r.left < -1) { found.push(`${label(e)} reaches ${Math.round(r.left)}–${Math.round(r.right)} px, outside the ${window.innerWidth} px window`); continue; }
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              const o = getComputedStyle(a).overflowX;
              if (o === 'visible') continue;
              const b = a.getBoundingClientRect();
              if (r.right > b.right + 1 || r.left < b.left - 1) { found.push(`${label(e)} is cut off by its box ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`); break; }
            }
          }
          return [...new Set(found)].slice(0, 25);
        }
        """;
}
