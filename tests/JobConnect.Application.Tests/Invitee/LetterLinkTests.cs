using System.Text.RegularExpressions;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Documents;
using JobConnect.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Invitee;

/// <summary>The letter's personal link on paper: printed as a short link beside the QR code, on the first page inside the DIN 5008 text column.</summary>
[Collection(InvitedFairCollection.Name)]
public sealed partial class LetterLinkTests(InvitedFairFixture fair)
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);

    [GeneratedRegex(@"(Ihre|Deine) Seite: jobmesse\.example\.de/e/[2-9A-Z]{16}")]
    private static partial Regex PrintedLink();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_short_link_of_the_fullest_letter_is_printed_on_the_first_page_inside_the_text_column(bool schoolLeaver)
    {
        var ct = TestContext.Current.CancellationToken;
        var phase = schoolLeaver ? fair.AfternoonId : fair.MorningId;
        // The person with the most conversations: the fullest letter of the phase.
        // Standard German letters: Leichte Sprache and translations word the link line differently (LetterLanguageTests).
        var id = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == phase
                && i.Jobseeker!.LetterLanguage == Domain.Jobseekers.LetterLanguage.German && !i.Jobseeker.EasyLanguage)
            .OrderByDescending(i => db.Conversations.Count(c => c.InvitationId == i.Id)).ThenBy(i => i.Id).Select(i => i.Id).FirstAsync(ct));

        var pdf = (await new PrintInvitationLetters(new GetInvitations(fair.Db, fair.Clock), fair.Batches, new PdfDocumentRenderer(fair.Clock))
            .InvitationAsync(Organizer, id, ct)).Bytes;

        var folder = Path.Combine(Path.GetTempPath(), "jobconnect-letters");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, schoolLeaver ? "letter-young.pdf" : "letter-adult.pdf"), pdf, ct);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var text = PdfRead.Words(page);
        Assert.Matches(PrintedLink(), text);
        var link = Assert.Single(page.GetWords(), w => w.Text.Contains("/e/", StringComparison.Ordinal));
        // Inside DIN 5008's text column: 25 mm from the left, 20 mm from the right edge.
        Assert.InRange(link.BoundingBox.Left / PdfRead.PointsPerMm, 25 - 0.5, 210 - 20);
        Assert.InRange(link.BoundingBox.Right / PdfRead.PointsPerMm, 25, 210 - 20 + 0.5);
    }
}
