using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// Invitation letters as PDF: all letters of a phase as one print file, or one letter on demand.
/// Scoping is <see cref="GetInvitationLetters"/>'s: caseworkers their own agency, organizers all, employers none.
/// </summary>
public sealed class InvitationLetters(GetInvitationLetters letters, TimeProvider clock)
{
    /// <summary>One PDF with a section per letter; null when the scope has no letter in the phase.</summary>
    public async Task<byte[]?> ForPhaseAsync(UserScope scope, int fairPhaseId, CancellationToken ct = default)
    {
        var data = await letters.ForPhaseAsync(scope, fairPhaseId, ct);
        if (data.Count == 0)
        {
            return null;
        }
        var document = NewDocument();
        var today = Today();
        foreach (var letter in data)
        {
            InvitationLetter.Add(document, letter, today);
        }
        return document.ToPdf();
    }

    /// <summary>One letter; <see cref="NotFoundException"/> outside the scope.</summary>
    public async Task<byte[]> ForInvitationAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        var letter = await letters.ForInvitationAsync(scope, invitationId, ct);
        return InvitationLetter.Add(NewDocument(), letter, Today()).ToPdf();
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private PdfDocumentBuilder NewDocument() => new()
    {
        Title = "Einladung zur Jobmesse",
        Author = "JobConnect",
        CreatedAt = clock.GetLocalNow().DateTime,
    };
}
