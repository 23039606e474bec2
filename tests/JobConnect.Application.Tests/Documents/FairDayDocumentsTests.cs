using JobConnect.Testing;
using System.Globalization;
using System.IO.Compression;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Documents.FairDay;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

/// <summary>Booth schedules, master schedule, check-in lists, overview and the fair pack, read back from the PDFs.</summary>
[Collection(InvitedFairCollection.Name)]
public sealed class FairDayDocumentsTests(InvitedFairFixture fair)
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    private PrintFairDocuments Documents =>
        new(new GetBoothSchedule(fair.Db, fair.Clock), new GetScheduleGrid(fair.Db, fair.Clock), new GetCheckInList(fair.Db, fair.Clock),
            new GetFairOverview(fair.Db, fair.Clock), new GetInvitations(fair.Db, fair.Clock), fair.Batches, new PdfDocumentRenderer(fair.Clock));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_booth_schedule_names_candidates_who_consented_and_only_the_participant_number_of_those_who_did_not()
    {
        var people = await PeopleAtBusiestBoothAsync();
        Assert.Contains(people, p => p.Consented);
        Assert.Contains(people, p => !p.Consented);
        var employer = new UserScope("e", Roles.Employer, null, people[0].EmployerId);

        var pdf = (await Documents.BoothScheduleAsync(employer, people[0].EmployerId, Ct))?.Bytes;
        Save(pdf!, "booth-schedule.pdf");

        var text = Flat(string.Join("", PdfRead.PageTexts(pdf!)));
        Assert.All(people.Where(p => p.Consented), p => Assert.Contains(Flat($"{p.FirstName} {p.LastName}"), text));
        Assert.All(people.Where(p => !p.Consented), p =>
        {
            Assert.DoesNotContain(Flat($"{p.FirstName} {p.LastName}"), text);
            Assert.Contains(Flat($"Kandidat/in {ParticipantNumber.Of(p.InvitationId)}"), text);
        });
        // The agency's customer number never reaches an employer.
        Assert.All(people, p => Assert.DoesNotContain(Flat(p.Reference), text));
    }

    [Fact]
    public async Task An_employer_gets_only_its_own_booth_schedule_and_no_organizer_document()
    {
        var people = await PeopleAtBusiestBoothAsync();
        var own = people[0].EmployerId;
        var other = await fair.Db.QueryAsync(db => db.Booths.Where(b => b.EmployerId != own).Select(b => b.EmployerId).FirstAsync());
        var employer = new UserScope("e", Roles.Employer, null, own);

        Assert.NotNull(await Documents.BoothScheduleAsync(employer, own, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.BoothScheduleAsync(employer, other, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.AllBoothSchedulesAsync(employer, Ct));
        await AssertOrganizerOnlyAsync(employer);
    }

    [Fact]
    public async Task A_caseworker_gets_no_booth_schedule_and_no_organizer_document()
    {
        var agency = await fair.Db.QueryAsync(db => db.Agencies.Select(a => a.Id).FirstAsync());
        var employerId = await fair.Db.QueryAsync(db => db.Booths.Select(b => b.EmployerId).FirstAsync());
        var caseworker = new UserScope("cw", Roles.Caseworker, agency, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.BoothScheduleAsync(caseworker, employerId, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.AllBoothSchedulesAsync(caseworker, Ct));
        await AssertOrganizerOnlyAsync(caseworker);
    }

    [Fact]
    public async Task An_organizer_gets_any_booth_every_booth_and_every_fair_day_document()
    {
        var booths = await fair.Db.QueryAsync(db => db.Booths.Select(b => new { b.EmployerId, b.Label, b.Tables }).ToListAsync());

        Assert.NotNull(await Documents.BoothScheduleAsync(Organizer, booths[^1].EmployerId, Ct));
        var all = (await Documents.AllBoothSchedulesAsync(Organizer, Ct))?.Bytes;
        var pages = PdfRead.PageTexts(all!);
        // One section per booth table, each starting at page 1.
        Assert.Equal(booths.Sum(b => b.Tables), pages.Count(p => p.Contains("Seite 1 von", StringComparison.Ordinal)));
        Assert.All(booths, b => Assert.Contains(pages, p => p.Contains($"Stand {b.Label}", StringComparison.Ordinal)));
        Assert.NotNull(await Documents.MasterScheduleAsync(Organizer, Ct));
        Assert.NotNull(await Documents.CheckInListsAsync(Organizer, Ct));
        Assert.NotNull(await Documents.OverviewAsync(Organizer, Ct));
    }

    [Fact]
    public async Task The_master_schedule_shows_every_conversation_with_the_time_column_and_page_numbers_on_every_page()
    {
        var pdf = (await Documents.MasterScheduleAsync(Organizer, Ct))?.Bytes;
        Save(pdf!, "master-schedule.pdf");

        var pages = PdfRead.PageTexts(pdf!);
        AssertPageNumbersRunPerSection(pages);
        // The header row (time column, then the group's booths) is on every page, also where a group continues.
        Assert.All(pages, p => Assert.Matches(@"\bZeit \S+", p));
        var booths = await fair.Db.QueryAsync(db => db.Booths.Select(b => b.Label).ToListAsync());
        var text = Flat(string.Join("", pages));
        Assert.All(booths, b => Assert.Contains(b, text));
        var names = await fair.Db.QueryAsync(db => db.Conversations.Select(c => c.Invitation!.Jobseeker!.FirstName + c.Invitation.Jobseeker.LastName).Distinct().ToListAsync());
        Assert.All(names, n => Assert.Contains(Flat(n), text));
    }

    [Fact]
    public void A_master_schedule_group_longer_than_a_page_repeats_its_header_row()
    {
        var slots = Enumerable.Range(0, 40).Select(i => new TimeOnly(8, 0).AddMinutes(10 * i)).ToList();
        var rows = Enumerable.Range(1, 3).Select(b => new GridRow(b, $"B{b:D2}", $"Firma {b}", 1,
            slots.ToDictionary(s => s, s => new GridCell(0, 0, $"Person {b}-{s:HHmm}", "Fachkraft Lagerlogistik", 80, false)))).ToList();
        var grid = new ScheduleGrid(1, TestPhases.Morning, slots, rows, 40, 40);

        var pdf = MasterSchedulePdf.Add(new PdfDocumentBuilder(), new MasterSchedule("Testmesse", new DateOnly(2027, 3, 11), [grid])).ToPdf();

        var pages = PdfRead.PageTexts(pdf);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s): the table should break");
        Assert.All(pages, p => Assert.Matches(@"\bZeit B01 .*B02 .*B03 .*Firma 3", p));
        Assert.Contains("Person 3-1430", string.Join(" ", pages));
        AssertPageNumbersRunPerSection(pages);
    }

    [Theory]
    [InlineData(TestPhases.Morning)]
    [InlineData(TestPhases.Afternoon)]
    public async Task The_check_in_list_holds_every_invited_person_of_the_phase_once_alphabetically(string phase)
    {
        var expected = (await fair.Db.QueryAsync(db => db.Invitations
                .Where(i => i.FairPhase!.Name == phase && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
                .Select(i => new { i.Jobseeker!.LastName, i.Jobseeker.FirstName, i.Id })
                .ToListAsync()))
            .Select(p => new { p.LastName, p.FirstName, Number = ParticipantNumber.Of(p.Id) })
            .OrderBy(p => p.LastName, ByName).ThenBy(p => p.FirstName, ByName).ThenBy(p => p.Number, StringComparer.Ordinal)
            .Select(p => p.Number)
            .ToList();
        var all = await fair.Db.QueryAsync(db => db.Invitations.Select(i => i.Id).ToListAsync());
        var customerNumbers = await fair.Db.QueryAsync(db => db.Jobseekers.Select(j => j.ReferenceNumber).ToListAsync());
        Assert.True(expected.Count >= 100, $"{expected.Count} invited");

        var phaseId = await fair.Db.QueryAsync(db => db.FairPhases.Where(p => p.Name == phase).Select(p => p.Id).SingleAsync());
        var list = await new GetCheckInList(fair.Db, fair.Clock).HandleAsync(Organizer, phaseId, Ct);
        var pdf = CheckInListPdf.Add(new PdfDocumentBuilder(), list!).ToPdf();
        Save(pdf, $"check-in-{phase}.pdf");

        var pages = PdfRead.PageTexts(pdf);
        var numbers = all.Select(ParticipantNumber.Of).ToHashSet();
        var printed = pages.SelectMany(p => p.Split(' ')).Where(numbers.Contains).ToList();
        Assert.Equal(expected, printed);
        // The desk needs the fair's number, not the agency's customer number (which stays in the agency's own views).
        Assert.DoesNotContain(pages.SelectMany(p => p.Split(' ')), customerNumbers.ToHashSet().Contains);
        AssertPageNumbersRunPerSection(pages);
    }

    [Fact]
    public async Task The_overview_sheet_prints_the_counts_of_the_database()
    {
        var pdf = (await Documents.OverviewAsync(Organizer, Ct))?.Bytes;
        Save(pdf!, "overview.pdf");
        var text = string.Join(" ", PdfRead.PageTexts(pdf!));

        var invitations = await fair.Db.QueryAsync(db => db.Invitations.Select(i => new
        {
            Phase = i.FairPhase!.Name,
            Agency = db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Name).First(),
            i.Status,
            Conversations = db.Conversations.Count(c => c.InvitationId == i.Id),
        }).ToListAsync());
        string Line(string name, IEnumerable<dynamic> of)
        {
            var list = of.ToList();
            var seated = list.Where(i => i.Status is not (InvitationStatus.Declined or InvitationStatus.Cancelled)).ToList();
            int[] numbers = [seated.Count, seated.Count(i => i.Status is InvitationStatus.Confirmed or InvitationStatus.Arrived),
                list.Count - seated.Count, seated.Count(i => i.Conversations > 0), list.Sum(i => (int)i.Conversations)];
            return $"{name} {string.Join(" ", numbers.Select(n => n.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))))}";
        }

        Assert.Contains(Line("Vormittag", invitations.Where(i => i.Phase == TestPhases.Morning)), text);
        Assert.Contains(Line("Nachmittag", invitations.Where(i => i.Phase == TestPhases.Afternoon)), text);
        Assert.All(invitations.GroupBy(i => i.Agency), a => Assert.Contains(Line(a.Key, a), text));
        var booths = await fair.Db.QueryAsync(db => db.Booths.Select(b => new
        {
            b.Label,
            b.Tables,
            People = db.Conversations.Where(c => c.BoothId == b.Id).Select(c => c.InvitationId).Distinct().Count(),
            Conversations = db.Conversations.Count(c => c.BoothId == b.Id),
        }).ToListAsync());
        Assert.All(booths, b => Assert.Matches($@"{b.Label} .+ {b.Tables} {b.People} {b.Conversations}", text));
    }

    [Fact]
    public async Task The_fair_pack_holds_letters_every_booth_the_master_schedule_check_in_lists_and_overview_and_reports_progress()
    {
        var booths = await fair.Db.QueryAsync(db => db.Booths.CountAsync());
        var reports = new List<DocumentProgress>();

        var zip = (await Documents.FairPackAsync(Organizer, new SynchronousProgress(reports.Add), Ct))?.Bytes;

        using var archive = new ZipArchive(new MemoryStream(zip!));
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("Einladungen Vormittag.pdf", names);
        Assert.Contains("Einladungen Nachmittag.pdf", names);
        Assert.Equal(booths, names.Count(n => n.StartsWith("Gesprächsplan ", StringComparison.Ordinal)));
        Assert.Contains("Gesamtplan.pdf", names);
        Assert.Contains("Check-in-Listen.pdf", names);
        Assert.Contains("Übersicht.pdf", names);
        Assert.Equal(Enumerable.Range(1, names.Count), reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(names.Count, r.Total));
        Assert.All(archive.Entries, e =>
        {
            using var stream = new MemoryStream();
            e.Open().CopyTo(stream);
            using var pdf = PdfDocument.Open(stream.ToArray());
            Assert.True(pdf.NumberOfPages > 0);
        });
    }

    private async Task AssertOrganizerOnlyAsync(UserScope scope)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.MasterScheduleAsync(scope, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.CheckInListsAsync(scope, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.OverviewAsync(scope, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.FairPackAsync(scope, null, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => new GetCheckInList(fair.Db, fair.Clock).HandleAsync(scope, fair.MorningId, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => new GetFairOverview(fair.Db, fair.Clock).HandleAsync(scope, Ct));
    }

    private sealed record Candidate(int EmployerId, string Reference, string FirstName, string LastName, bool Consented, int InvitationId);

    private async Task<List<Candidate>> PeopleAtBusiestBoothAsync()
    {
        var boothId = await fair.Db.QueryAsync(db => db.Conversations.GroupBy(c => c.BoothId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        return await fair.Db.QueryAsync(db => db.Conversations.Where(c => c.BoothId == boothId).Select(c => new Candidate(
            c.Booth!.EmployerId, c.Invitation!.Jobseeker!.ReferenceNumber, c.Invitation.Jobseeker.FirstName, c.Invitation.Jobseeker.LastName,
            c.Invitation.Jobseeker.Consents.Any(x => x.Scope == ConsentScope.ShareProfileWithEmployers && x.WithdrawnUtc == null), c.InvitationId)).ToListAsync());
    }

    /// <summary>Within each section (a new one starts at "Seite 1 von N") pages count 1..N with the same N.</summary>
    private static void AssertPageNumbersRunPerSection(IReadOnlyList<string> pages)
    {
        var n = 0;
        var count = 0;
        foreach (var page in pages)
        {
            var match = System.Text.RegularExpressions.Regex.Match(page, @"Seite (\d+) von (\d+)");
            Assert.True(match.Success, "a page without its number");
            var (number, of) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            if (number == 1)
            {
                Assert.Equal(count, n);
                (n, count) = (1, of);
            }
            else
            {
                Assert.Equal(n + 1, number);
                Assert.Equal(count, of);
                n = number;
            }
        }
        Assert.Equal(count, n);
    }

    private static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Writes the PDF for a look (pdftoppm -png -r 60) when JOBCONNECT_DOCS_OUT names a folder.</summary>
    private static void Save(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("JOBCONNECT_DOCS_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; the test needs every report in order before it asserts.</summary>
    private sealed class SynchronousProgress(Action<DocumentProgress> report) : IProgress<DocumentProgress>
    {
        public void Report(DocumentProgress value) => report(value);
    }
}
