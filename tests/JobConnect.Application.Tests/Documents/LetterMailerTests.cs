using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Application.Ports;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobConnect.Application.Tests.Documents;

/// <summary>Letters by e-mail through a real SMTP conversation with a sink on loopback.</summary>
[Collection(InvitedFairCollection.Name)]
public sealed class LetterMailerTests(InvitedFairFixture fair)
{
    private MailInvitationLetters Mailer(EmailOptions options) =>
        new(new GetInvitations(fair.Db, fair.Clock), fair.Batches, new PdfDocumentRenderer(fair.Clock), new SmtpMailSender(Options.Create(options)));

    [Fact]
    public async Task A_caseworker_mails_their_agencys_letters_as_PDF_only_to_people_who_agreed_to_email()
    {
        var ct = TestContext.Current.CancellationToken;
        var invited = await fair.Db.QueryAsync(db => db.Invitations.Where(i => i.FairPhaseId == fair.MorningId).Select(i => new
        {
            i.AgencyId,
            i.Jobseeker!.ReferenceNumber,
            i.Jobseeker.Email,
            Agreed = i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null),
        }).ToListAsync());
        var agencyId = invited.GroupBy(i => i.AgencyId).OrderBy(g => g.Count()).First().Key;
        var own = invited.Where(i => i.AgencyId == agencyId).ToList();
        var reachable = own.Where(i => i.Agreed && !string.IsNullOrWhiteSpace(i.Email)).ToList();
        Assert.NotEmpty(reachable);
        Assert.Contains(own, i => !i.Agreed && !string.IsNullOrWhiteSpace(i.Email));
        await using var sink = new SmtpSink();

        var result = await Mailer(new EmailOptions { Enabled = true, Port = sink.Port, Security = "None" })
            .SendPhaseAsync(new UserScope("cw", Roles.Caseworker, agencyId, null), fair.MorningId, ct: ct);

        Assert.Equal(new MailingResult(reachable.Count, own.Count - reachable.Count), result);
        var messages = sink.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m)))).ToList();
        Assert.Equal(reachable.Count, messages.Count);
        Assert.Equal(reachable.Select(r => r.Email!).Order(), messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(messages, m =>
        {
            var attachment = Assert.IsType<MimePart>(Assert.Single(m.Attachments));
            Assert.Equal("application/pdf", attachment.ContentType.MimeType);
            using var pdf = new MemoryStream();
            attachment.Content!.DecodeTo(pdf);
            var text = string.Join(" ", PdfRead.PageTexts(pdf.ToArray()));
            var reference = Assert.Single(reachable, r => text.Contains($" {r.ReferenceNumber} ", StringComparison.Ordinal));
            Assert.Equal(reference.Email, m.To.Mailboxes.Single().Address);
        });
    }

    [Fact]
    public async Task Each_person_gets_the_mail_and_the_attached_letter_in_their_letter_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var reachable = await fair.Db.QueryAsync(db => db.Invitations
            .Where(i => i.FairPhaseId == fair.MorningId && i.Jobseeker!.Email != null && i.Jobseeker.Email != ""
                && i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null))
            .Select(i => new { i.AgencyId, i.Jobseeker!.Email, i.Jobseeker.LetterLanguage, i.Jobseeker.EasyLanguage })
            .ToListAsync());
        // The agency with the most people who read another language than standard German.
        var agencyId = reachable.Where(r => r.LetterLanguage != LetterLanguage.German || r.EasyLanguage)
            .GroupBy(r => r.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        await using var sink = new SmtpSink();

        await Mailer(new EmailOptions { Enabled = true, Port = sink.Port, Security = "None" })
            .SendPhaseAsync(new UserScope("cw", Roles.Caseworker, agencyId, null), fair.MorningId, ct: ct);

        var messages = sink.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m)))).ToList();
        Assert.Contains(messages, m => reachable.Single(r => r.Email == m.To.Mailboxes.Single().Address).LetterLanguage != LetterLanguage.German);
        Assert.All(messages, m =>
        {
            var person = reachable.Single(r => r.Email == m.To.Mailboxes.Single().Address);
            var texts = LetterTexts.For(person.LetterLanguage, person.EasyLanguage);
            var body = m.TextBody ?? "";
            using var pdf = new MemoryStream();
            Assert.IsType<MimePart>(Assert.Single(m.Attachments)).Content!.DecodeTo(pdf);
            using var letter = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
            Assert.True(letter.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out UglyToad.PdfPig.Tokens.StringToken lang));
            if (texts is null)
            {
                Assert.StartsWith("Einladung zur Jobmesse", m.Subject, StringComparison.Ordinal);
                Assert.Equal("de-DE", lang.Data);
                return;
            }
            Assert.Contains(texts["mail.invitation"], body, StringComparison.Ordinal);
            Assert.Equal(texts.Language, lang.Data);
            Assert.Equal(person.LetterLanguage != LetterLanguage.German, body.Contains(PersonalMail.GermanFollows, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Nothing_is_sent_while_email_is_switched_off_and_an_employer_is_denied()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sink = new SmtpSink();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Mailer(new EmailOptions { Port = sink.Port })
            .SendPhaseAsync(new UserScope("org", Roles.Organizer, null, null), fair.MorningId, ct: ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Mailer(new EmailOptions { Enabled = true, Port = sink.Port, Security = "None" })
            .SendPhaseAsync(new UserScope("e", Roles.Employer, null, 1), fair.MorningId, ct: ct));
        Assert.Empty(sink.Messages);
        Assert.False(new EmailOptions().Enabled);
    }

    [Fact]
    public async Task An_unreachable_mail_server_is_a_refusal_the_page_can_name()
    {
        var ct = TestContext.Current.CancellationToken;
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var error = await Assert.ThrowsAsync<MailServerException>(() => Mailer(new EmailOptions { Enabled = true, Port = port, Security = "None" })
            .SendPhaseAsync(new UserScope("org", Roles.Organizer, null, null), fair.MorningId, ct: ct));
        Assert.Equal("Invitations.MailFailed", error.MessageKey);
    }
}
