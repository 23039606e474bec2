using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Organizer;

/// <summary>
/// The morning planned and its letters out, then some people do not come and one cancelled person walks
/// in: the organizer fills the freed slots and sends the change notices in one step. Its own app, so the
/// invited morning does not meet the other browser tests.
/// </summary>
public sealed class FillFreedSlotsTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);

    [Fact]
    public async Task The_organizer_fills_freed_slots_by_keyboard_sees_who_changed_and_gets_the_change_notices_as_one_PDF()
    {
        var ct = TestContext.Current.CancellationToken;
        var (noShows, walkIn) = await PlanTheMorningThenMissSomeAsync(ct);
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        await page.GotoAsync("organizer/schedule/fill");
        await new StartPage(page).WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("pending-count")).ToContainTextAsync("0 Pläne haben sich seit den Briefen geändert");

        // By keyboard: the phase, then the action.
        await page.GetByTestId("fill-phase-Vormittag").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("fill-freed-slots").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("fill-result")).ToContainTextAsync("Pläne geändert", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("fill-result")).ToContainTextAsync("nachweislich optimal");
        var changed = page.GetByTestId("changed-plans").Locator("tbody tr");
        await Expect(changed.Filter(new() { HasText = walkIn })).ToHaveCountAsync(1);
        foreach (var name in noShows)
        {
            await Expect(changed.Filter(new() { HasText = name })).ToContainTextAsync("keine Gespräche mehr");
        }

        await Expect(page.GetByTestId("pending-count")).ToContainTextAsync(new Regex(@"[1-9]\d* Pläne haben sich seit den Briefen geändert"));
        await PageChecks.AssertAccessibleAsync(page);
        await Screenshots.SaveAsync(page, "organizer-fill-freed-slots");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("send-notices").ClickAsync(), new() { Timeout = 60_000 });
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), ct);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "change-notices.pdf"), pdf, ct);
        using var notices = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", notices.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Gesprächsplans", text);
        await Expect(page.GetByTestId("notices-result")).ToContainTextAsync("im PDF zum Drucken");
        await Expect(page.GetByTestId("pending-count")).ToContainTextAsync("0 Pläne haben sich seit den Briefen geändert");

        // On a phone the page fits and passes axe, too.
        var phone = await browser.NewPageAsync(width: 360);
        var login = new LoginPage(phone);
        await login.OpenAsync();
        await login.SignInAsync(DemoSeeder.OrganizerEmail, DemoSeeder.Password);
        await new StartPage(phone).WaitUntilInteractiveAsync();
        await phone.GotoAsync("organizer/schedule/fill");
        await new StartPage(phone).WaitUntilInteractiveAsync();
        await phone.GetByTestId("fill-freed-slots").ClickAsync();
        await Expect(phone.GetByTestId("fill-result")).ToContainTextAsync("0 Pläne geändert", new() { Timeout = 60_000 });
        await PageChecks.AssertAccessibleAsync(phone);
        await PageChecks.AssertFitsWidthAsync(phone);
        await Screenshots.SaveAsync(phone, "organizer-fill-freed-slots-phone");
    }

    /// <summary>
    /// Through the services, as the days before would have it: every adult invited, the morning planned, the
    /// letters printed; then at the desk every 12th person is marked no-show and a cancelled person turns up.
    /// </summary>
    private async Task<(List<string> NoShows, string WalkIn)> PlanTheMorningThenMissSomeAsync(CancellationToken ct)
    {
        using var scope = browser.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = await services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(ct);
        var adults = await db.Jobseekers.Where(j => j.TargetGroup == TargetGroup.Adult).Select(j => new { j.Id, j.AgencyId }).ToListAsync(ct);
        foreach (var agency in adults.GroupBy(a => a.AgencyId))
        {
            await services.GetRequiredService<InviteJobseekers>()
                .HandleAsync(new UserScope($"cw-{agency.Key}", Roles.Caseworker, agency.Key, null), agency.Select(a => a.Id).ToList(), ct);
        }

        // The coming fair; the demo also has past fairs with conversations of their own (#14).
        var fairId = await db.Fairs.OrderByDescending(f => f.Date).Select(f => f.Id).FirstAsync(ct);
        var coming = db.Conversations.Where(c => c.Invitation!.FairId == fairId);
        var morning = await db.FairPhases.Where(p => p.FairId == fairId && p.Name == TestPhases.Morning).Select(p => p.Id).SingleAsync(ct);
        await services.GetRequiredService<PlanConversations>().HandleAsync(Organizer, morning, ct);
        var walkIn = await coming.GroupBy(c => c.InvitationId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync(ct);
        await services.GetRequiredService<ChangeInvitationStatus>().HandleAsync(Organizer, walkIn, InvitationStatus.Cancelled, "verhindert", ct);
        await services.GetRequiredService<GetInvitations>().LettersAsync(Organizer, morning, ct);

        var planned = await coming.Select(c => c.InvitationId).Distinct().OrderBy(id => id).ToListAsync(ct);
        var noShows = planned.Where((_, i) => i % 12 == 0).ToList();
        await db.Invitations.Where(i => noShows.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.NoShow), ct);
        await db.Invitations.Where(i => i.Id == walkIn || planned.Contains(i.Id) && i.Id % 3 == 0 && !noShows.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Arrived), ct);
        var names = await db.Invitations.Where(i => noShows.Contains(i.Id) || i.Id == walkIn)
            .Select(i => new { i.Id, Name = i.Jobseeker!.FirstName + " " + i.Jobseeker.LastName }).ToListAsync(ct);
        return ([.. names.Where(n => n.Id != walkIn).Select(n => n.Name).Take(3)], names.Single(n => n.Id == walkIn).Name);
    }
}
