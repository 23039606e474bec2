using JobConnect.Testing;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Application.Common;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

/// <summary>The demo fair with everyone invited and both phases scheduled, built once for all letter tests.</summary>
public sealed class InvitedFairFixture : IAsyncLifetime
{
    public TestDatabase Db { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero));
    public int MorningId { get; private set; }
    public int AfternoonId { get; private set; }

    /// <summary>Printing issues letters: statuses move from planned to invited and each letter gets a link.</summary>
    public LetterBatches Batches => new(Db, Clock, new Invitee.FixedAddress(Invitee.InviteeWorld.Address));

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.InitializeAsync();
        await using (var db = Db.CreateDbContext())
        {
            await DemoSeeder.SaveFairAsync(db, new DateOnly(2027, 3, 11), Clock.GetUtcNow().UtcDateTime, ct);
        }
        var phases = await Db.QueryAsync(db => db.FairPhases.ToDictionaryAsync(p => p.Name, p => p.Id));
        (MorningId, AfternoonId) = (phases[TestPhases.Morning], phases[TestPhases.Afternoon]);

        var invite = new InviteJobseekers(Db, Clock);
        var people = await Db.QueryAsync(db => db.Jobseekers.Select(j => new { j.Id, j.AgencyId }).ToListAsync());
        foreach (var agency in people.GroupBy(a => a.AgencyId))
        {
            await invite.HandleAsync(new UserScope($"cw-{agency.Key}", Roles.Caseworker, agency.Key, null), agency.Select(a => a.Id).ToList(), ct);
        }
        var organizer = new UserScope("org", Roles.Organizer, null, null);
        await new PlanConversations(Db, Clock).HandleAsync(organizer, MorningId, ct);
        await new PlanConversations(Db, Clock).HandleAsync(organizer, AfternoonId, ct);
    }

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}

/// <summary>The tests on the invited fair share one database; none changes who is invited or their plans (printing moves planned to invited).</summary>
[CollectionDefinition(Name)]
public sealed class InvitedFairCollection : ICollectionFixture<InvitedFairFixture>
{
    public const string Name = "Invited fair";
}

[Collection(InvitedFairCollection.Name)]
public sealed class InvitationLetterTests(InvitedFairFixture fair)
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);

    private GetInvitations Invitations => new(fair.Db, fair.Clock);

    private PrintInvitationLetters Letters => new(Invitations, fair.Batches, new PdfDocumentRenderer(fair.Clock));

    [Fact]
    public async Task Every_invited_person_of_the_phase_has_exactly_one_letter_with_their_name_arrival_and_companies()
    {
        var ct = TestContext.Current.CancellationToken;
        var plans = (await Invitations.PlansAsync(Organizer, ct))
            .Where(p => p.Phase == TestPhases.Morning)
            .ToList();
        Assert.True(plans.Count >= 300, $"{plans.Count} invited");
        var references = await fair.Db.QueryAsync(db => db.Invitations.Select(i => new { i.Id, i.Jobseeker!.ReferenceNumber }).ToDictionaryAsync(i => i.Id, i => i.ReferenceNumber));
        var standardGerman = await fair.Db.QueryAsync(db => db.Invitations
            .Where(i => i.Jobseeker!.LetterLanguage == Domain.Jobseekers.LetterLanguage.German && !i.Jobseeker.EasyLanguage).Select(i => i.Id).ToListAsync());

        var pdf = await Letters.PhaseAsync(Organizer, fair.MorningId, ct);

        var letters = Letters_by_section(pdf!.Bytes);
        Assert.Equal(plans.Count, letters.Count);
        Assert.All(plans, plan =>
        {
            var own = Assert.Single(letters, l => l.Words.Contains($" {references[plan.InvitationId]} "));
            Assert.Contains(plan.Name, own.Words);
            Assert.All(plan.Conversations, c => Assert.Contains(Flatten(c.Employer), own.Letters));
            if (standardGerman.Contains(plan.InvitationId))
            {
                // Leichte Sprache and translations word these differently (LetterLanguageTests).
                Assert.Contains(plan.ArrivalFrom is null ? "Ihre Ankunft: ab" : $"Ihre Ankunft: {plan.ArrivalFrom:HH\\:mm}–{plan.ArrivalTo:HH\\:mm} Uhr", own.Words);
                Assert.All(plan.Conversations, c => Assert.Contains($"{c.Start:HH\\:mm} Uhr", own.Words));
            }
        });
        Assert.True(plans.Count(p => p.Conversations.Count > 0) >= 200, "too few plans to check");
        Assert.True(plans.Count(p => !standardGerman.Contains(p.InvitationId)) >= 10, "too few letters in other languages");
    }

    [Fact]
    public async Task Every_letter_batch_is_logged_with_who_and_how_many()
    {
        var ct = TestContext.Current.CancellationToken;
        var agencyId = await fair.Db.QueryAsync(db => db.Agencies.Select(a => a.Id).FirstAsync(ct));
        var caseworker = new UserScope("cw-audit", Roles.Caseworker, agencyId, null);

        var letters = await Invitations.LettersAsync(caseworker, fair.MorningId, ct);

        var entry = await fair.Db.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.UserId == "cw-audit" && e.EntityType == AuditLog.Letters, ct));
        Assert.Equal((AuditActions.Exported, AuditLog.Letters, letters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (entry.Action, entry.EntityType, entry.EntityId));
        // And one entry per person in the batch, so each agency can see it.
        var people = await fair.Db.QueryAsync(db => db.AuditEntries.Where(e => e.UserId == "cw-audit" && e.Action == AuditActions.InLetters)
            .Select(e => e.EntityId).ToListAsync(ct));
        var invitationIds = letters.Select(l => l.InvitationId).ToList();
        var expected = await fair.Db.QueryAsync(db => db.Invitations.Where(i => invitationIds.Contains(i.Id))
            .Select(i => i.JobseekerId.ToString()).ToListAsync(ct));
        Assert.Equal(expected.Order(), people.Order());
    }

    [Fact]
    public async Task Organizers_list_people_by_participant_number_and_only_the_agency_sees_its_customer_numbers()
    {
        var ct = TestContext.Current.CancellationToken;
        var invited = await fair.Db.QueryAsync(db => db.Invitations.Select(i => new { i.Id, i.AgencyId, i.Jobseeker!.ReferenceNumber }).ToListAsync());
        var agencyId = invited.First().AgencyId;

        var organizerRows = await Invitations.PlansAsync(Organizer, ct);
        var agencyRows = await Invitations.PlansAsync(new UserScope("cw", Roles.Caseworker, agencyId, null), ct);

        Assert.Equal(invited.Count, organizerRows.Count);
        Assert.All(organizerRows, r => Assert.Null(r.ReferenceNumber));
        Assert.All(organizerRows, r => Assert.Equal($"T-{r.InvitationId:D4}", r.ParticipantNumber));
        Assert.Equal(
            invited.Where(i => i.AgencyId == agencyId).Select(i => (i.Id, i.ReferenceNumber)).Order(),
            agencyRows.Select(r => (r.InvitationId, r.ReferenceNumber!)).Order());
    }

    [Fact]
    public async Task A_caseworkers_batch_contains_only_their_own_agencys_people()
    {
        var ct = TestContext.Current.CancellationToken;
        var invited = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.MorningId)
            .Select(i => new { i.AgencyId, i.Jobseeker!.ReferenceNumber }).ToListAsync());
        var agencyId = invited.GroupBy(i => i.AgencyId).OrderByDescending(g => g.Count()).First().Key;
        var caseworker = new UserScope("cw", Roles.Caseworker, agencyId, null);

        var letters = Letters_by_section((await Letters.PhaseAsync(caseworker, fair.MorningId, ct))!.Bytes);

        var own = invited.Where(i => i.AgencyId == agencyId).Select(i => i.ReferenceNumber).ToList();
        var others = invited.Where(i => i.AgencyId != agencyId).Select(i => i.ReferenceNumber).ToList();
        Assert.NotEmpty(others);
        Assert.Equal(own.Count, letters.Count);
        Assert.All(letters, l => Assert.Contains(own, r => l.Words.Contains($" {r} ")));
        Assert.All(letters, l => Assert.DoesNotContain(others, r => l.Words.Contains($" {r} ")));

        var foreign = await fair.Db.QueryAsync(db => db.Invitations.FirstAsync(i => i.AgencyId != agencyId));
        await Assert.ThrowsAsync<NotFoundException>(() => Letters.InvitationAsync(caseworker, foreign.Id, ct));
    }

    [Fact]
    public async Task A_caseworkers_letter_ZIP_holds_one_PDF_per_own_letter_and_reports_each()
    {
        var ct = TestContext.Current.CancellationToken;
        var invited = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.MorningId)
            .Select(i => new { i.AgencyId, i.Jobseeker!.ReferenceNumber }).ToListAsync());
        var agencyId = invited.GroupBy(i => i.AgencyId).OrderBy(g => g.Count()).First().Key;
        var own = invited.Where(i => i.AgencyId == agencyId).Select(i => i.ReferenceNumber).ToList();
        var reports = new List<int>();

        var file = await Letters.PhaseZipAsync(new UserScope("cw", Roles.Caseworker, agencyId, null), fair.MorningId,
            new InlineProgress(p => reports.Add(p.Done)), ct);

        Assert.Equal(FileContent.Zip, file!.ContentType);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file.Bytes));
        Assert.Equal(own.Count, zip.Entries.Count);
        Assert.Equal(Enumerable.Range(1, own.Count), reports);
        var references = zip.Entries.Select(e =>
        {
            using var stream = new MemoryStream();
            e.Open().CopyTo(stream);
            var pages = PdfRead.PageTexts(stream.ToArray());
            Assert.StartsWith("Einladung ", e.FullName, StringComparison.Ordinal);
            Assert.Single(pages, p => p.Contains("Seite 1 von", StringComparison.Ordinal));
            return Assert.Single(own, r => pages[0].Contains($" {r} ", StringComparison.Ordinal));
        }).ToList();
        Assert.Equal(own.Order(), references.Order());
    }

    private sealed class InlineProgress(Action<DocumentProgress> report) : IProgress<DocumentProgress>
    {
        public void Report(DocumentProgress value) => report(value);
    }

    [Fact]
    public async Task The_current_fairs_phase_has_a_letter_for_everyone_holding_a_seat_in_it()
    {
        var ct = TestContext.Current.CancellationToken;

        var file = await Letters.PhaseAsync(Organizer, fair.AfternoonId, ct);

        var expected = await fair.Db.QueryAsync(db => db.Invitations.CountAsync(i => i.FairPhaseId == fair.AfternoonId));
        Assert.True(expected > 0);
        Assert.Equal(("einladungen-nachmittag.pdf", FileContent.Pdf), (file!.Name, file.ContentType));
        Assert.Equal(expected, Letters_by_section(file.Bytes).Count);
    }

    [Fact]
    public async Task An_employer_is_denied()
    {
        var employer = new UserScope("e", Roles.Employer, null, 1);
        var ct = TestContext.Current.CancellationToken;
        var any = await fair.Db.QueryAsync(db => db.Invitations.FirstAsync());

        await Assert.ThrowsAsync<AccessDeniedException>(() => Letters.PhaseAsync(employer, fair.MorningId, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Letters.InvitationAsync(employer, any.Id, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Letters.PhaseZipAsync(employer, fair.MorningId, ct: ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Invitations.PlansAsync(employer, ct));
    }

    [Fact]
    public async Task A_school_leaver_is_greeted_with_Hallo_and_an_adult_formally()
    {
        var ct = TestContext.Current.CancellationToken;
        var young = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.AfternoonId && i.Jobseeker!.LetterLanguage == Domain.Jobseekers.LetterLanguage.German && !i.Jobseeker.EasyLanguage)
            .Select(i => new { i.Id, i.Jobseeker!.FirstName }).FirstAsync());
        var adult = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.MorningId && i.Jobseeker!.LetterLanguage == Domain.Jobseekers.LetterLanguage.German && !i.Jobseeker.EasyLanguage)
            .Select(i => new { i.Id, i.Jobseeker!.Salutation, i.Jobseeker.LastName }).FirstAsync(i => i.Salutation != Domain.Jobseekers.Salutation.None));

        var youngPdf = await Letters.InvitationAsync(Organizer, young.Id, ct);
        var youngText = string.Join(" ", PdfRead.PageTexts(youngPdf.Bytes));
        var adultText = string.Join(" ", PdfRead.PageTexts((await Letters.InvitationAsync(Organizer, adult.Id, ct)).Bytes));

        Assert.Contains($"Hallo {young.FirstName},", youngText);
        Assert.DoesNotContain("Sehr geehrte", youngText);
        Assert.Contains("Wir freuen uns auf dich!", youngText);
        // The agency's own (legal) paragraph too speaks to the young person as "du".
        Assert.Contains("Meldeaufforderung", youngText);
        Assert.DoesNotContain(youngText.Split(' ').Select(w => w.Trim(',', '.', ':', ';')), w => w is "Sie" or "Ihnen" or "Ihr" or "Ihre" or "Ihren" or "Ihrem");
        Assert.Contains("Seite 1 von 1", youngText);
        Assert.DoesNotContain("Hallo", adultText);
        Assert.Contains("Mit freundlichen Grüßen", adultText);
        Assert.Contains(adult.Salutation == Domain.Jobseekers.Salutation.Frau ? $"Sehr geehrte Frau {adult.LastName}," : $"Sehr geehrter Herr {adult.LastName},", adultText);
    }

    [Fact]
    public async Task A_single_letter_has_the_check_in_code_and_stays_under_400_KB()
    {
        var ct = TestContext.Current.CancellationToken;
        var invitation = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.MorningId).OrderBy(i => i.Id).FirstAsync());

        var pdf = (await Letters.InvitationAsync(Organizer, invitation.Id, ct)).Bytes;

        Assert.InRange(pdf.Length, 1, 400 * 1024);
        var pages = PdfRead.PageTexts(pdf);
        Assert.Contains(invitation.CheckInCode, pages[0]);
        // Which person's letter this is depends on the plan; two wrapped job titles can push the privacy note over.
        Assert.InRange(pages.Count, 1, 2);
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"Seite {p.i + 1} von {pages.Count}", p.page));
        if (Environment.GetEnvironmentVariable("JOBCONNECT_LETTER_OUT") is { Length: > 0 } path)
        {
            // Regenerates docs/images/invitation-letter.png: pdftoppm -png -r 60 <path> <png>
            await File.WriteAllBytesAsync(path, pdf, ct);
        }
    }

    /// <summary>
    /// The text of each letter (a new one starts where the page counter is back at 1): as words, and as
    /// letters in drawing order without spaces, where a name wrapped inside a table cell stays in one piece.
    /// </summary>
    private static List<LetterText> Letters_by_section(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var letters = new List<LetterText>();
        foreach (var page in document.GetPages())
        {
            var text = new LetterText(PdfRead.Words(page) + " ", Flatten(page.Text));
            if (text.Words.Contains("Seite 1 von"))
            {
                letters.Add(text);
            }
            else
            {
                letters[^1] = new LetterText(letters[^1].Words + text.Words, letters[^1].Letters + text.Letters);
            }
        }
        return letters;
    }

    private sealed record LetterText(string Words, string Letters);

    private static string Flatten(string text) => text.Replace(" ", "");
}
