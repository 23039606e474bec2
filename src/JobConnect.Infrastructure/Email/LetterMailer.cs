using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Documents.Letters;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobConnect.Infrastructure.Email;

/// <summary>How a mailing went: sent, and skipped because the person has no e-mail address or no e-mail consent.</summary>
public sealed record MailingResult(int Sent, int WithoutEmail, int Failed = 0);

/// <summary>
/// Sends invitation letters as PDF attachments by SMTP, to people who agreed to e-mail contact only.
/// Scoping is <see cref="GetInvitationLetters"/>'s: a caseworker mails their own agency's people.
/// </summary>
public sealed class LetterMailer(GetInvitationLetters letters, InvitationLetters pdfs, IOptions<EmailOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    public async Task<MailingResult> SendPhaseAsync(UserScope scope, PhaseKind phase, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            throw new InvalidOperationException("E-mail delivery is switched off (Email:Enabled).");
        }
        var all = await letters.ForCurrentFairAsync(scope, phase, ct);
        var reachable = all.Where(l => !string.IsNullOrWhiteSpace(l.Recipient.Email)).ToList();
        if (reachable.Count == 0)
        {
            return new MailingResult(0, all.Count);
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }
        var failed = 0;
        for (var i = 0; i < reachable.Count; i++)
        {
            var letter = reachable[i];
            try
            {
                await client.SendAsync(Message(settings, letter, pdfs.Single(letter)), ct);
            }
            catch (Exception e) when (e is SmtpCommandException or ParseException)
            {
                // One refused or malformed address must not stop the others; they still get the paper letter.
                failed++;
            }
            progress?.Report(new DocumentProgress(i + 1, reachable.Count));
        }
        await client.DisconnectAsync(quit: true, ct);
        return new MailingResult(reachable.Count - failed, all.Count - reachable.Count, failed);
    }

    private static MimeMessage Message(EmailOptions settings, InvitationLetterData letter, byte[] pdf)
    {
        var young = letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(letter.Recipient.FullName, letter.Recipient.Email!));
        message.Subject = $"Einladung zur Jobmesse „{letter.Fair.Name}“ am {InvitationLetter.GermanDate(letter.Fair.Date)}";
        var body = new BodyBuilder
        {
            TextBody = $"{InvitationLetter.Salutation(letter.Recipient)}\n\n"
                + (young
                    ? "im Anhang findest du deine Einladung zur Jobmesse mit deinen Gesprächsterminen und deinem Check-in-Code. "
                        + "Bring sie bitte ausgedruckt oder auf dem Handy mit."
                    : "im Anhang finden Sie Ihre Einladung zur Jobmesse mit Ihren Gesprächsterminen und Ihrem Check-in-Code. "
                        + "Bitte bringen Sie sie ausgedruckt oder auf dem Handy mit.")
                + $"\n\n{(young ? "Viele Grüße" : "Mit freundlichen Grüßen")}\n{letter.Agency.Name}\n",
        };
        body.Attachments.Add($"Einladung {letter.ReferenceNumber}.pdf", pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
