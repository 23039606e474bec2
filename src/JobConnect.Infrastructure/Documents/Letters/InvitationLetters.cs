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
