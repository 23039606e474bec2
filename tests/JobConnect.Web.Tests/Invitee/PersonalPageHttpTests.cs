using JobConnect.Testing;
using System.Net;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Invitee;

/// <summary>The personal page over HTTP: open without an account, never indexed, clear answers for bad links in both languages.</summary>
public sealed class PersonalPageHttpTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An invited person of a fair on <paramref name="fairDate"/> with a printed letter; returns its token.</summary>
    internal static async Task<string> LetterAsync(IServiceProvider services, DateOnly fairDate, string firstName = "Mara", string lastName = "Geheimname")
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var agency = await db.Agencies.FirstAsync();
        var fair = new Fair
        {
            Name = $"Messe {Guid.NewGuid():N}"[..14], Date = fairDate, Venue = "Ständehaus", VenueAddress = "Ständeplatz 8, 34117 Kassel",
            Phases = [new FairPhase { Name = TestPhases.Morning, TargetGroup = TargetGroup.Adult, Start = new(9, 0), End = new(12, 0), SeatCapacity = 10, SeatsTaken = 1 }],
        };
        var person = new Jobseeker
        {
            AgencyId = agency.Id, ReferenceNumber = $"R{Guid.NewGuid():N}"[..10], FirstName = firstName, LastName = lastName, Postcode = "34260",
            TargetGroup = TargetGroup.Adult, TargetKldbCodes = ["24232"],
        };
        db.AddRange(fair, person);
        await db.SaveChangesAsync();
        var invitation = new Invitation
        {
            FairId = fair.Id, FairPhaseId = fair.Phases[0].Id, JobseekerId = person.Id, AgencyId = agency.Id, IssuedByUserId = "cw",
            CheckInCode = $"{Guid.NewGuid():N}"[..8].ToUpperInvariant(), Status = InvitationStatus.Invited,
        };
        db.Add(invitation);
        await db.SaveChangesAsync();
        var link = PersonalLinks.New("https://localhost", invitation.CheckInCode);
        db.Add(new LetterDispatch
        {
            InvitationId = invitation.Id, Kind = LetterKind.Invitation, Channel = DispatchChannel.Print, IssuedUtc = DateTime.UnixEpoch, IssuedByUserId = "cw",
            BatchId = Guid.NewGuid(), StatusBefore = InvitationStatus.Planned, PageTokenHash = link.Hash,
        });
        await db.SaveChangesAsync();
        return link.Token;
    }

    private static DateOnly InTwoWeeks => DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(14);

    [Fact]
    public async Task The_page_opens_without_an_account_and_is_never_indexed()
    {
        var token = await LetterAsync(factory.Services, InTwoWeeks);
        var client = factory.CreateBrowserlikeClient();

        var response = await client.GetAsync($"/e/{token}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex, nofollow, noarchive", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow, noarchive\"", html, StringComparison.Ordinal);
        Assert.Contains("Guten Tag, Mara", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheimname", html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));

        // The QR's form (link + check-in code) opens the same page; the calendar file comes without an account too.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/e/{token}/ABCDEFGH", Ct)).StatusCode);
        var calendar = await client.GetAsync($"/e/{token}/kalender.ics", Ct);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.True(calendar.Headers.Contains("X-Robots-Tag"));
    }

    [Theory]
    [InlineData(OrganizerEmail)]
    [InlineData(CaseworkerEmail)]
    [InlineData(EmployerEmail)]
    public async Task Signed_in_users_of_any_role_see_the_same_page_as_the_person(string email)
    {
        var token = await LetterAsync(factory.Services, InTwoWeeks, firstName: "Jonte");
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync($"/e/{token}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Guten Tag, Jonte", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "Link nicht gültig", "Link abgelaufen")]
    [InlineData("en", "Link not valid", "Link expired")]
    public async Task Unknown_and_expired_links_answer_a_clear_page_in_the_persons_language(string culture, string unknownTitle, string expiredTitle)
    {
        var expired = await LetterAsync(factory.Services, DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(-3));
        var client = factory.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");

        var unknown = await client.GetAsync("/e/ZZZZZZZZZZZZZZZZ", Ct);
        var gone = await client.GetAsync($"/e/{expired}", Ct);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains(unknownTitle, await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var html = await gone.Content.ReadAsStringAsync(Ct);
        Assert.Contains(expiredTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mara", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/e/{expired}/kalender.ics", Ct)).StatusCode);
    }
}

/// <summary>The personal pages are rate-limited per address; the refusal is a page of its own.</summary>
public sealed class PersonalPageLimitTests(LimitedFactory factory) : IClassFixture<LimitedFactory>
{
    [Fact]
    public async Task Requests_beyond_the_limit_are_refused_with_429()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateBrowserlikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LimitedFactory.PersonalPagePermits; i++)
        {
            statuses.Add((await client.GetAsync($"/e/ZZZZZZZZZZZZZZZ{i}", ct)).StatusCode);
        }

        Assert.All(statuses.Take(LimitedFactory.PersonalPagePermits), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await client.GetAsync("/e/ZZZZZZZZZZZZZZZZ/kalender.ics", ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele Aufrufe", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
