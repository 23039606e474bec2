using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Schedule;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>The inviting agency; its own paragraph comes in the formal ("Sie") and the school leavers' ("du") wording.</summary>
public sealed record LetterSender(string Name, string Street, string Postcode, string City, string? Phone, string? LetterParagraph,
    string? LetterParagraphInformal = null);

public sealed record LetterFair(string Name, DateOnly Date, string Venue, string VenueAddress);

/// <summary>The addressee; <see cref="Email"/> only when the person agreed to be contacted by e-mail.</summary>
public sealed record LetterRecipient(Salutation Salutation, string FirstName, string LastName, string Street, string Postcode, string City, TargetGroup TargetGroup,
    string? Email = null)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>Everything one invitation letter prints.</summary>
public sealed record InvitationLetterData(
    int InvitationId,
    string ReferenceNumber,
    string CheckInCode,
    LetterRecipient Recipient,
    LetterSender Agency,
    LetterFair Fair,
    PhaseKind Phase,
    TimeOnly PhaseStart,
    TimeOnly PhaseEnd,
    TimeOnly? ArrivalFrom,
    TimeOnly? ArrivalTo,
    IReadOnlyList<PlannedConversation> Conversations);

/// <summary>
/// Loads what invitation letters print: a caseworker gets their own agency's invitations, an organizer
/// all, an employer none. Declined and cancelled invitations get no letter.
/// </summary>
public sealed class GetInvitationLetters(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The letters of a phase of the current fair; empty when there is no such fair or phase.</summary>
    public async Task<IReadOnlyList<InvitationLetterData>> ForCurrentFairAsync(UserScope scope, PhaseKind phase, CancellationToken ct = default)
    {
        RequireAccess(scope);
        int? phaseId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var fair = await db.CurrentFairAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
            phaseId = fair?.Phase(phase)?.Id;
        }
        return phaseId is null ? [] : await ForPhaseAsync(scope, phaseId.Value, ct);
    }

    /// <summary>The letters of one phase, ordered by last and first name.</summary>
    public Task<IReadOnlyList<InvitationLetterData>> ForPhaseAsync(UserScope scope, int fairPhaseId, CancellationToken ct = default) =>
        LoadAsync(scope, q => q.Where(i => i.FairPhaseId == fairPhaseId), ct);

    /// <summary>One letter; <see cref="NotFoundException"/> when it does not exist, lies outside the scope or holds no seat.</summary>
    public async Task<InvitationLetterData> ForInvitationAsync(UserScope scope, int invitationId, CancellationToken ct = default) =>
        (await LoadAsync(scope, q => q.Where(i => i.Id == invitationId), ct)).SingleOrDefault()
            ?? throw new NotFoundException($"Invitation {invitationId} not found.");

    private static void RequireAccess(UserScope scope)
    {
        if (!scope.IsOrganizer && !scope.IsCaseworker)
        {
            throw new AccessDeniedException("Employers do not see invitations.");
        }
    }

    private async Task<IReadOnlyList<InvitationLetterData>> LoadAsync(UserScope scope, Func<IQueryable<Invitation>, IQueryable<Invitation>> filter, CancellationToken ct)
    {
        RequireAccess(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitations = filter(db.Invitations.AsNoTracking())
            .Where(i => i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled);
        if (scope.IsCaseworker)
        {
            invitations = invitations.Where(i => i.AgencyId == scope.AgencyId);
        }

        var rows = await invitations
            .Select(i => new
            {
                i.Id,
                i.CheckInCode,
                i.AgencyId,
                i.FairId,
                i.CreatedUtc,
                i.Jobseeker!.ReferenceNumber,
                Recipient = new LetterRecipient(i.Jobseeker.Salutation, i.Jobseeker.FirstName, i.Jobseeker.LastName,
                    i.Jobseeker.Street, i.Jobseeker.Postcode, i.Jobseeker.City, i.Jobseeker.TargetGroup,
                    i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null) ? i.Jobseeker.Email : null),
                i.FairPhase!.Kind,
                i.FairPhase.Start,
                i.FairPhase.End,
                i.ArrivalFrom,
                i.ArrivalTo,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }
        // Letters carry names and addresses: who printed or mailed how many is kept, as for any export.
        await db.AddAuditAsync(scope, AuditActions.Exported, AuditLog.Letters, rows.Count, ct);
        await db.SaveChangesAsync(ct);

        var agencyIds = rows.Select(r => r.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new LetterSender(a.Name, a.Street, a.Postcode, a.City, a.Phone, a.LetterParagraph, a.LetterParagraphInformal), ct);
        var textVersions = (await db.AgencyLetterTexts.AsNoTracking().Where(t => agencyIds.Contains(t.AgencyId)).ToListAsync(ct)).ToLookup(t => t.AgencyId);
        var fairIds = rows.Select(r => r.FairId).Distinct().ToList();
        var fairs = await db.Fairs.AsNoTracking().Where(f => fairIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => new LetterFair(f.Name, f.Date, f.Venue, f.VenueAddress), ct);
        var ids = rows.Select(r => r.Id).ToList();
        var conversations = await db.PlansOfAsync(ids, ct);

        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);
        return rows
            .OrderBy(r => r.Recipient.LastName, byName)
            .ThenBy(r => r.Recipient.FirstName, byName)
            .Select(r => new InvitationLetterData(r.Id, r.ReferenceNumber, r.CheckInCode, r.Recipient,
                SenderAt(agencies[r.AgencyId], textVersions[r.AgencyId], r.CreatedUtc), fairs[r.FairId],
                r.Kind, r.Start, r.End, r.ArrivalFrom, r.ArrivalTo, conversations[r.Id].ToList()))
            .ToList();
    }

    /// <summary>The paragraphs valid when the invitation was issued; invitations older than any version print the current ones.</summary>
    private static LetterSender SenderAt(LetterSender current, IEnumerable<Domain.Agencies.AgencyLetterText> versions, DateTime issuedUtc) =>
        Domain.Agencies.AgencyLetterText.ValidAt(versions, issuedUtc) is { } version
            ? current with { LetterParagraph = version.Formal, LetterParagraphInformal = version.Informal }
            : current;
}
