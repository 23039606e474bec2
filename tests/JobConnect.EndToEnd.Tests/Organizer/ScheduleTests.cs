using JobConnect.Testing;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Organizer;

[Collection(BrowserCollection.Name)]
public sealed class ScheduleTests(BrowserSession browser)
{
    [Fact]
    public async Task The_organizer_plans_the_afternoon_moves_a_conversation_and_is_refused_a_double_booking()
    {
        // The caseworker invites a page of school leavers in the browser ...
        var caseworker = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var list = new JobseekerListPage(caseworker);
        await list.OpenAsync();
        await list.FilterAsync("Schulabgänger/innen", "Schulabgänger/innen");
        var onPage = await list.Rows.CountAsync();
        await list.TickAsync(row: null, expectedCount: onPage);
        await list.InviteButton.ClickAsync();
        await Expect(caseworker.GetByText(new Regex(@"\d+ Person\(en\) eingeladen\."))).ToBeVisibleAsync();
        // ... the other agencies theirs (through the service, to fill the phase as on the real day).
        await InviteAllSchoolLeaversAsync();

        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var schedule = new SchedulePage(page);
        await schedule.OpenAsync("Nachmittag");

        await schedule.RunAsync();

        await Expect(schedule.RunResult).ToContainTextAsync("nachweislich optimal", new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, "organizer-schedule");

        // A person with two conversations: moving the first into the slot of the second is a double booking.
        var (first, second, freeSameSlot, freeOtherSlot) = await FindMoveAsync();
        await schedule.MoveAsync(schedule.Cell(first.Booth, first.Table, first.Slot), schedule.Cell(freeSameSlot.Booth, freeSameSlot.Table, second.Slot));
        await Expect(schedule.MoveMessage).ToContainTextAsync("hat zu dieser Zeit schon ein Gespräch");
        await Screenshots.SaveAsync(page, "organizer-schedule-conflict");

        await schedule.MoveAsync(schedule.Cell(first.Booth, first.Table, first.Slot), schedule.Cell(first.Booth, freeOtherSlot.Table, freeOtherSlot.Slot));
        await Expect(schedule.MoveMessage).ToContainTextAsync("fest eingeplant");
        await Expect(schedule.Cell(first.Booth, freeOtherSlot.Table, freeOtherSlot.Slot)).ToContainTextAsync(first.Name);
        await Expect(schedule.Cell(first.Booth, first.Table, first.Slot)).ToHaveClassAsync(new Regex(@"\bfree\b"));

        var moved = schedule.Cell(first.Booth, freeOtherSlot.Table, freeOtherSlot.Slot);
        await moved.ClickAsync();
        await page.GetByTestId("remove-conversation").ClickAsync();
        await Expect(schedule.MoveMessage).ToContainTextAsync("ist entfernt");
        await Expect(moved).ToHaveClassAsync(new Regex(@"\bfree\b"));
    }

    private sealed record Place(string Booth, int Table, TimeOnly Slot, string Name = "");

    /// <summary>From the stored plan: a person's two conversations, a free table in the second one's slot, and a free place at the first one's booth when the person is free.</summary>
    private async Task<(Place First, Place Second, Place FreeSameSlot, Place FreeOtherSlot)> FindMoveAsync()
    {
        await using var db = await NewDbAsync();
        // The coming fair's plan; the demo's past fairs have conversations of their own.
        var fair = (await db.CurrentFairAsync(TimeProvider.System, TestContext.Current.CancellationToken))!;
        var conversations = await db.Conversations.Include(c => c.Booth).Include(c => c.Invitation!).ThenInclude(i => i.Jobseeker)
            .Where(c => c.Invitation!.FairId == fair.Id && c.Invitation.FairPhase!.Name == TestPhases.Afternoon).ToListAsync(TestContext.Current.CancellationToken);
        var slots = fair.Phase(TestPhases.Afternoon).SlotStarts();
        var booths = conversations.Select(c => c.Booth!).DistinctBy(b => b.Id).ToList();
        bool Free(int boothId, int table, TimeOnly slot) => !conversations.Any(c => c.BoothId == boothId && c.TableNumber == table && c.SlotStart == slot);

        foreach (var plan in conversations.GroupBy(c => c.InvitationId).Where(p => p.Count() >= 2))
        {
            var ordered = plan.OrderBy(c => c.SlotStart).ToList();
            var (a, b) = (ordered[0], ordered[1]);
            var busy = plan.Select(c => c.SlotStart).ToHashSet();
            var sameSlot = booths.Where(x => x.Id != a.BoothId && x.EmployerId != b.Booth!.EmployerId)
                .SelectMany(x => Enumerable.Range(1, x.Tables).Select(t => (x, t))).FirstOrDefault(p => Free(p.x.Id, p.t, b.SlotStart));
            var otherSlot = slots.Where(s => !busy.Contains(s))
                .SelectMany(s => Enumerable.Range(1, a.Booth!.Tables).Select(t => (s, t))).FirstOrDefault(p => Free(a.BoothId, p.t, p.s));
            if (sameSlot.x is not null && otherSlot.t > 0)
            {
                var name = $"{a.Invitation!.Jobseeker!.FirstName} {a.Invitation.Jobseeker.LastName}";
                return (new Place(a.Booth!.Label, a.TableNumber, a.SlotStart, name), new Place(b.Booth!.Label, b.TableNumber, b.SlotStart),
                    new Place(sameSlot.x.Label, sameSlot.t, b.SlotStart), new Place(a.Booth.Label, otherSlot.t, otherSlot.s));
            }
        }
        throw new InvalidOperationException("The demo afternoon has no person with two conversations and free places to move to.");
    }

    private async Task InviteAllSchoolLeaversAsync()
    {
        await using var db = await NewDbAsync();
        var pupils = await db.Jobseekers.Where(j => j.TargetGroup == TargetGroup.SchoolLeaver)
            .Select(j => new { j.Id, j.AgencyId }).ToListAsync(TestContext.Current.CancellationToken);
        using var scope = browser.App.Services.CreateScope();
        var invite = scope.ServiceProvider.GetRequiredService<InviteJobseekers>();
        foreach (var agency in pupils.GroupBy(p => p.AgencyId))
        {
            await invite.HandleAsync(new UserScope($"cw-{agency.Key}", Roles.Caseworker, agency.Key, null), agency.Select(p => p.Id).ToList(), TestContext.Current.CancellationToken);
        }
    }

    private async Task<JobConnectDbContext> NewDbAsync() =>
        await browser.App.Services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
}
