using JobConnect.Application.Common;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Common;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// Invitation letters as PDF: all letters of a phase as one print file, or one letter on demand.
/// Scoping is <see cref="GetInvitationLetters"/>'s: caseworkers their own agency, organizers all, employers none.
/// </summary>
public sealed class InvitationLetters(GetInvitationLetters letters, TimeProvider clock)
{
    /// <summary>One PDF with a section per letter; null when the scope has no letter in the phase.</summary>
    public async Task<byte[]?> ForPhaseAsync(UserScope scope, int fairPhaseId, CancellationToken ct = default) =>
        Combine(await letters.ForPhaseAsync(scope, fairPhaseId, ct));

    /// <summary>The letters of a phase of the current fair as one PDF; null when there are none in the scope.</summary>
    public async Task<byte[]?> ForCurrentFairAsync(UserScope scope, PhaseKind phase, CancellationToken ct = default) =>
        Combine(await letters.ForCurrentFairAsync(scope, phase, ct));

    private byte[]? Combine(IReadOnlyList<InvitationLetterData> data)
    {
        if (data.Count == 0)
        {
            return null;
        }
        return CombinedDocument(data).ToPdf();
    }

    /// <summary>One letter; <see cref="NotFoundException"/> outside the scope.</summary>
    public async Task<byte[]> ForInvitationAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        var letter = await letters.ForInvitationAsync(scope, invitationId, ct);
        return InvitationLetter.Add(NewDocument(), letter, Today()).ToPdf();
    }

    /// <summary>
    /// The letters of a phase of the current fair as single PDFs in one ZIP, reporting each written
    /// letter; false when the scope has no letter in the phase.
    /// </summary>
    public async Task<bool> WriteZipForCurrentFairAsync(UserScope scope, PhaseKind phase, Stream destination,
        IProgress<DocumentProgress>? progress = null, CancellationToken ct = default)
    {
        var data = await letters.ForCurrentFairAsync(scope, phase, ct);
        if (data.Count == 0)
        {
            return false;
        }
        PdfZip.Write(destination, Singles(data, progress, ct));
        return true;
    }

    /// <summary>One document per letter, built only when the ZIP asks for it, so memory stays flat and progress is real.</summary>
    internal IEnumerable<(string FileName, PdfDocumentBuilder Document)> Singles(IReadOnlyList<InvitationLetterData> data,
        IProgress<DocumentProgress>? progress, CancellationToken ct)
    {
        var today = Today();
        for (var i = 0; i < data.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var letter = data[i];
            yield return ($"Einladung {letter.Recipient.LastName} {letter.Recipient.FirstName} {letter.ReferenceNumber}",
                InvitationLetter.Add(NewDocument(), letter, today));
            progress?.Report(new DocumentProgress(i + 1, data.Count));
        }
    }

    /// <summary>One already loaded letter as PDF (e-mail attachments).</summary>
    internal byte[] Single(InvitationLetterData letter) => InvitationLetter.Add(NewDocument(), letter, Today()).ToPdf();

    /// <summary>All given letters as one print document, for the fair pack.</summary>
    internal PdfDocumentBuilder CombinedDocument(IReadOnlyList<InvitationLetterData> data)
    {
        var document = NewDocument();
        var today = Today();
        foreach (var letter in data)
        {
            InvitationLetter.Add(document, letter, today);
        }
        return document;
    }

    private DateOnly Today() => clock.FairToday();

    private PdfDocumentBuilder NewDocument() => new()
    {
        Title = "Einladung zur Jobmesse",
        Author = "JobConnect",
        CreatedAt = clock.FairNow(),
    };
}
