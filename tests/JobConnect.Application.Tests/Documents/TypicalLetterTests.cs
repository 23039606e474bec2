using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Documents.Letters;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

/// <summary>
/// "One page for a typical plan", measured on the Kassel demo itself: every demo letter with a typical plan (four
/// conversations with the demo's own employers and job titles, the demo agencies' paragraphs, the personal link) is
/// printed in every letter language and must keep to one page.
/// </summary>
[Collection(InvitedFairCollection.Name)]
public sealed class TypicalLetterTests(InvitedFairFixture fair)
{
    private static readonly UserScope Organizer = new("org-typical-letters", Roles.Organizer, null, null);

    public static TheoryData<LetterLanguage, bool> Variants => LetterLanguageTests.Variants;

    /// <summary>
    /// Every demo letter (both phases, every agency, adults and school leavers, with the personal link) in the given language,
    /// each with a typical plan of four conversations drawn in turn from the demo's own plans: its employers and job titles,
    /// long ones included. (The test fair plans fewer per person than the demo shown in the browser.)
    /// </summary>
    private async Task<List<InvitationLetterData>> DemoLettersAsync(LetterLanguage language, bool easy)
    {
        var ct = TestContext.Current.CancellationToken;
        var letters = new List<InvitationLetterData>();
        foreach (var phase in new[] { fair.MorningId, fair.AfternoonId })
        {
            letters.AddRange(fair.Batches.WithLinks(await new GetInvitations(fair.Db, fair.Clock).LettersAsync(Organizer, phase, ct)));
        }
        var pool = letters.SelectMany(l => l.Conversations).DistinctBy(c => (c.Employer, c.Vacancy)).ToList();
        Assert.True(pool.Count >= 20, $"only {pool.Count} demo conversations");
        return [.. letters.Select((l, i) => l with
        {
            Recipient = l.Recipient with { Language = language, EasyLanguage = easy },
            Conversations = [.. Enumerable.Range(0, 4).Select(k => pool[((4 * i) + k) % pool.Count] with { Start = l.PhaseStart.AddMinutes(20 + (25 * k)) })],
        })];
    }

    /// <summary>The letters as one batch, one section each (page numbers restart), and each section's page count read back.</summary>
    private static List<(InvitationLetterData Letter, int Pages)> PrintBatch(List<InvitationLetterData> letters, bool notice = false)
    {
        var document = new PdfDocumentBuilder { Title = "Einladung zur Jobmesse", Author = "JobConnect", Language = InvitationLetter.LanguageTag(letters[0]) };
        foreach (var letter in letters)
        {
            document = notice ? InvitationLetter.AddChangeNotice(document, new ChangeNoticeData(letter)) : InvitationLetter.Add(document, letter);
        }

        var bytes = document.ToPdf();
        if (Environment.GetEnvironmentVariable("JOBCONNECT_LETTER_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"demo-{(notice ? "notices" : "letters")}-{LetterTexts.For(letters[0].Recipient.Language, letters[0].Recipient.EasyLanguage)!.Code}.pdf"), bytes);
        }
        using var pdf = PdfDocument.Open(bytes);
        var totals = pdf.GetPages()
            .Select(p => PdfRead.Words(p))
            .Select(words => System.Text.RegularExpressions.Regex.Match(words, @"Seite (\d+) von (\d+)"))
            .Where(m => m.Groups[1].Value == "1")
            .Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(letters.Count, totals.Count);
        return [.. letters.Zip(totals)];
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_demo_letter_with_a_typical_plan_keeps_to_one_page(LetterLanguage language, bool easy)
    {
        var typical = await DemoLettersAsync(language, easy);
        Assert.True(typical.Count >= 300, $"only {typical.Count} demo letters");

        var printed = PrintBatch(typical);

        var longer = printed.Where(p => p.Pages != 1).Select(p => $"{p.Letter.ReferenceNumber} ({p.Pages} pages)").ToList();
        Assert.True(longer.Count == 0, $"{longer.Count} of {typical.Count} typical letters are longer than one page: {string.Join(", ", longer.Take(10))}");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_demo_change_notice_with_a_typical_plan_keeps_to_one_page(LetterLanguage language, bool easy)
    {
        var typical = (await DemoLettersAsync(language, easy)).Take(60).ToList();

        var printed = PrintBatch(typical, notice: true);

        Assert.All(printed, p => Assert.True(p.Pages == 1, $"{p.Letter.ReferenceNumber}: {p.Pages} pages"));
    }
}
