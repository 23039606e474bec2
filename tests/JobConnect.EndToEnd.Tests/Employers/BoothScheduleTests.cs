using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Employers;

[Collection(BrowserCollection.Name)]
public sealed class BoothScheduleTests(BrowserSession browser)
{
    [Fact]
    public async Task An_employer_downloads_its_booth_schedule_with_the_consenting_candidate_by_name_and_the_other_by_participant_number_only()
    {
        var (employer, consenting, withheld, withheldNumber) = await PlanTwoMorningConversationsAtTheDemoEmployerAsync();

        var page = await browser.SignedInPageAsync(employer);
        var schedule = new BoothSchedulePage(page);
        await schedule.OpenAsync();
        await Expect(schedule.MorningRows.Filter(new() { HasText = consenting.FullName })).ToHaveCountAsync(1);
        await Expect(schedule.MorningRows.Filter(new() { HasText = withheldNumber })).ToHaveCountAsync(1);
        // The agency's customer number never reaches an employer, neither of the two.
        await Expect(page.GetByText(withheld.ReferenceNumber)).ToHaveCountAsync(0);
        await Expect(page.GetByText(consenting.ReferenceNumber)).ToHaveCountAsync(0);

        var pdf = await schedule.DownloadPdfAsync();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Gesprächsplan", text);
        Assert.Contains(consenting.FullName, text);
        Assert.Contains($"Kandidat/in {withheldNumber}", text);
        Assert.DoesNotContain(withheld.LastName, text);
        Assert.DoesNotContain(withheld.ReferenceNumber, text);
        Assert.DoesNotContain(consenting.ReferenceNumber, text);
        Assert.Contains("Seite 1 von", text);
    }

    /// <summary>
    /// Two new adults of a job centre (not the demo caseworker's agency, whose list other tests use),
    /// invited through the service, each with a pinned conversation at the demo employer's booth.
    /// </summary>
    private async Task<(string EmployerEmail, Jobseeker Consenting, Jobseeker Withheld, string WithheldNumber)> PlanTwoMorningConversationsAtTheDemoEmployerAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var scope = browser.App.Services.CreateScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var agency = await db.Agencies.OrderBy(a => a.Id).FirstAsync(a => a.Kind == Domain.Agencies.AgencyKind.Jobcenter, ct);
        var employer = await db.Employers.Include(e => e.ContactPersons).OrderBy(e => e.Id).FirstAsync(ct);
        var booth = await db.Booths.Where(b => b.EmployerId == employer.Id).OrderByDescending(b => b.Fair!.Date).FirstAsync(ct); // the coming fair's, not a past one
        var now = DateTime.UtcNow;
        Jobseeker Person(string first, string last, bool consent) => new()
        {
            AgencyId = agency.Id,
            ReferenceNumber = $"E2E-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            FirstName = first,
            LastName = last,
            Postcode = "34117",
            City = "Kassel",
            TargetGroup = TargetGroup.Adult,
            TargetKldbCodes = ["24232"],
            Skills = ["CNC-Fräsen"],
            CreatedUtc = now,
            UpdatedUtc = now,
            Consents = consent ? [new Consent { Scope = ConsentScope.ShareProfileWithEmployers, GivenUtc = now, TextVersion = "e2e" }] : [],
        };
        var consenting = Person("Quirin", "Einverstanden", consent: true);
        var withheld = Person("Xaver", "Verborgenhuber", consent: false);
        db.Jobseekers.AddRange(consenting, withheld);
        await db.SaveChangesAsync(ct);

        var invite = scope.ServiceProvider.GetRequiredService<InviteJobseekers>();
        await invite.HandleAsync(new UserScope("e2e-cw", Roles.Caseworker, agency.Id, null), [consenting.Id, withheld.Id], ct);

        var invitations = await db.Invitations.Where(i => i.JobseekerId == consenting.Id || i.JobseekerId == withheld.Id).ToListAsync(ct);
        Assert.Equal(2, invitations.Count);
        var phase = await db.FairPhases.SingleAsync(p => p.Id == invitations[0].FairPhaseId, ct);
        var taken = await db.Conversations.Where(c => c.BoothId == booth.Id && c.TableNumber == 1).Select(c => c.SlotStart).ToListAsync(ct);
        var free = phase.SlotStarts().Where(s => !taken.Contains(s)).Take(2).ToList();
        db.Conversations.AddRange(invitations.Select((invitation, i) => new Conversation
        {
            InvitationId = invitation.Id,
            BoothId = booth.Id,
            TableNumber = 1,
            SlotStart = free[i],
            Score = 80,
            Pinned = true,
        }));
        await db.SaveChangesAsync(ct);
        var withheldNumber = ParticipantNumber.Of(invitations.Single(i => i.JobseekerId == withheld.Id).Id);
        return (employer.ContactPersons.First(c => c.Email is not null).Email!, consenting, withheld, withheldNumber);
    }
}
