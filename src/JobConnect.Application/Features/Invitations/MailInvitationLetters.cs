using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Invitations;

/// <summary>How a mailing went: sent, skipped for lack of an e-mail address or consent, and refused by the server.</summary>
public sealed record MailingResult(int Sent, int WithoutEmail, int Failed = 0);

/// <summary>
/// Mails the letters of a phase as PDF attachments to the people in scope who agreed to e-mail
/// contact (<see cref="GetInvitations"/> leaves the address out otherwise); the others get the paper letter.
/// The letters sent are recorded as one batch (<see cref="LetterBatches"/>), each with its own personal link.
/// </summary>
public sealed class MailInvitationLetters(GetInvitations invitations, LetterBatches batches, IDocumentRenderer renderer, IMailSender mail)
{
    /// <summary>Off unless an operator configured a mail server (Email:Enabled).</summary>
    public bool Enabled => mail.Enabled;

    /// <summary>
    /// One refused address does not stop the others; an unreachable server ends the batch with
    /// <see cref="MailServerException"/>. Reports each message.
    /// </summary>
    public async Task<MailingResult> SendPhaseAsync(UserScope scope, int phaseId, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        if (!mail.Enabled)
        {
            throw new InvalidOperationException("E-mail delivery is switched off (Email:Enabled).");
        }
        var all = await invitations.LettersAsync(scope, phaseId, ct);
        var reachable = batches.WithLinks([.. all.Where(l => !string.IsNullOrWhiteSpace(l.Recipient.Email))]);
        if (reachable.Count == 0)
        {
            return new MailingResult(0, all.Count);
        }

        var failed = 0;
        var sent = new List<InvitationLetterData>();
        try
        {
            await using var connection = await mail.ConnectAsync(ct);
            for (var i = 0; i < reachable.Count; i++)
            {
                var pdf = renderer.Render(PrintInvitationLetters.Document([reachable[i]]));
                if (await connection.SendAsync(Message(reachable[i], pdf), ct))
                {
                    sent.Add(reachable[i]);
                }
                else
                {
                    failed++;
                }
                progress?.Report(new DocumentProgress(i + 1, reachable.Count));
            }
        }
        finally
        {
            // What went out is recorded even when the server drops out half-way.
            await batches.RecordAsync(scope, sent, DispatchChannel.Email, CancellationToken.None);
        }
        return new MailingResult(reachable.Count - failed, all.Count - reachable.Count, failed);
    }

    /// <summary>The cover text in the person's letter language (<see cref="PersonalMail"/>); the letter itself as PDF.</summary>
    private static MailMessage Message(InvitationLetterData letter, byte[] pdf)
    {
        var text = PersonalMail.Invitation(letter);
        return new MailMessage(letter.Recipient.FullName, letter.Recipient.Email!, text.Subject, text.Body,
            [new FileContent($"Einladung {letter.ReferenceNumber}.pdf", FileContent.Pdf, pdf)]);
    }
}
