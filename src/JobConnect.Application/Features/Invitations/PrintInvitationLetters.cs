using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// "Print the letters": invitation letters as PDF in the user's scope (<see cref="GetInvitations"/>) —
/// all of a phase as one print file or as single PDFs in a ZIP, or one person's letter. Every print is a
/// batch of letters that went out (<see cref="LetterBatches"/>): recorded per person, each letter with its
/// own personal link, planned invitations now invited.
/// </summary>
public sealed class PrintInvitationLetters(GetInvitations invitations, LetterBatches batches, IDocumentRenderer renderer)
{
    /// <summary>One PDF with a letter per person; null when the scope has no letter in the phase.</summary>
    public async Task<FileContent?> PhaseAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        var letters = await batches.IssueAsync(scope, await invitations.LettersAsync(scope, phaseId, ct), DispatchChannel.Print, ct);
        return letters.Count == 0 ? null : new FileContent($"einladungen-{FileName(letters[0].Phase)}.pdf", FileContent.Pdf, renderer.Render(Document(letters)));
    }

    /// <summary>The phase's letters as single PDFs in one ZIP, reporting each written letter; null when there are none.</summary>
    public async Task<FileContent?> PhaseZipAsync(UserScope scope, int phaseId, IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        var letters = await batches.IssueAsync(scope, await invitations.LettersAsync(scope, phaseId, ct), DispatchChannel.Print, ct);
        if (letters.Count == 0)
        {
            return null;
        }
        var files = letters
            .Select(l => new PrintFile($"Einladung {l.Recipient.LastName} {l.Recipient.FirstName} {l.ReferenceNumber}", Document([l])))
            .ToList();
        return new FileContent($"einladungen-{FileName(letters[0].Phase)}.zip", FileContent.Zip, renderer.RenderZip(files, progress, ct));
    }

    /// <summary>One person's letter; <see cref="NotFoundException"/> outside the scope or without a seat.</summary>
    public async Task<FileContent> InvitationAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        var letter = (await batches.IssueAsync(scope, [await invitations.LetterAsync(scope, invitationId, ct)], DispatchChannel.Print, ct))[0];
        return new FileContent($"einladung-{letter.ReferenceNumber}.pdf", FileContent.Pdf, renderer.Render(Document([letter])));
    }

    /// <summary>Letters as one print document: a section each, so page numbers restart per letter.</summary>
    public static PrintDocument Document(IReadOnlyList<InvitationLetterData> letters) => new("Einladung zur Jobmesse", letters);

    /// <summary>"Abendsprechstunde" → "abendsprechstunde"; letters, digits and dashes only, so every browser saves it as named.</summary>
    private static string FileName(string phaseName) =>
        string.Concat(phaseName.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
