using System.Globalization;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// One row of the invitations page: the person, their phase and status, their personal plan, the last
/// letter that went out (not undone) and the person's own answer from their page.
/// <see cref="ReferenceNumber"/> (the agency's customer number) only for the person's own agency; organizers
/// and everyone else refer to the person by the fair's <see cref="ParticipantNumber"/>.
/// </summary>
public sealed record InvitedPlan(
    int InvitationId,
    string? ReferenceNumber,
    string ParticipantNumber,
    string Name,
    int PhaseId,
    string Phase,
    InvitationStatus Status,
    TimeOnly? ArrivalFrom,
    TimeOnly? ArrivalTo,
    IReadOnlyList<PlannedConversation> Conversations,
    LetterSent? LastLetter = null,
    PersonAnswer? Answer = null)
{
    /// <summary>Invited (a letter went out) but no confirmation yet: the people to phone.</summary>
    public bool AwaitsConfirmation => Status == InvitationStatus.Invited;
}

/// <summary>A letter that went out: which, how and when.</summary>
public sealed record LetterSent(LetterKind Kind, DispatchChannel Channel, DateTime IssuedUtc);

/// <summary>The person's answer on their own page.</summary>
public sealed record PersonAnswer(InvitationStatus Answer, DeclineReason? Reason, string? Note, DateTime AtUtc);

/// <summary>The inviting agency; its own paragraph comes in the formal ("Sie") and the school leavers' ("du") wording.</summary>
public sealed record LetterSender(string Name, string Street, string Postcode, string City, string? Phone, string? LetterParagraph,
    string? LetterParagraphInformal = null);

public sealed record LetterFair(string Name, DateOnly Date, string Venue, string VenueAddress);

/// <summary>
/// The addressee; <see cref="Email"/> only when the person agreed to be contacted by e-mail; letters are printed
/// in <see cref="Language"/> (German in Leichte Sprache when <see cref="EasyLanguage"/>).
/// </summary>
public sealed record LetterRecipient(Salutation Salutation, string FirstName, string LastName, string Street, string Postcode, string City, TargetGroup TargetGroup,
    string? Email = null, LetterLanguage Language = LetterLanguage.German, bool EasyLanguage = false)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>
/// Everything one invitation letter prints; <see cref="LetterDate"/> is the fair clock's today, <see cref="Link"/>
/// the letter's own personal link, made when the letter is issued (<see cref="LetterBatches"/>).
/// </summary>
public sealed record InvitationLetterData(
    int InvitationId,
    string ReferenceNumber,
    string CheckInCode,
    LetterRecipient Recipient,
    LetterSender Agency,
    LetterFair Fair,
    string Phase,
    TimeOnly PhaseStart,
    TimeOnly PhaseEnd,
    TimeOnly? ArrivalFrom,
    TimeOnly? ArrivalTo,
    IReadOnlyList<PlannedConversation> Conversations,
    DateOnly LetterDate,
    PersonalLink? Link = null) : IPrintable;

/// <summary>
/// The invitations of the current fair in the user's scope (<see cref="InvitationScope"/>): as the
/// invitations page lists them, and as letters print them. A caseworker gets their own agency's, an
/// organizer all, an employer none. Declined and cancelled invitations get no letter.
/// </summary>
public sealed class GetInvitations(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    /// <summary>Everyone invited to the current fair with their plans, ordered by last and first name.</summary>
    public async Task<IReadOnlyList<InvitedPlan>> PlansAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return [];
        }
        var rows = await db.InvitationsVisibleTo(scope).AsNoTracking().Where(i => i.FairId == fair.Id)
            .Select(i => new
            {
                i.Id,
                i.Jobseeker!.ReferenceNumber,
                i.Jobseeker.FirstName,
                i.Jobseeker.LastName,
                i.FairPhaseId,
                PhaseName = i.FairPhase!.Name,
                i.Status,
                i.ArrivalFrom,
                i.ArrivalTo,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var plans = await db.PlansOfAsync(ids, ct);
        var letters = (await db.LetterDispatches.AsNoTracking().Where(d => ids.Contains(d.InvitationId) && d.UndoneUtc == null)
                .Select(d => new { d.InvitationId, Sent = new LetterSent(d.Kind, d.Channel, d.IssuedUtc) }).ToListAsync(ct))
            .GroupBy(d => d.InvitationId).ToDictionary(g => g.Key, g => g.Select(d => d.Sent).MaxBy(d => d.IssuedUtc));
        var answers = (await db.InvitationResponses.AsNoTracking().Where(a => ids.Contains(a.InvitationId))
                .Select(a => new { a.InvitationId, Answer = new PersonAnswer(a.Answer, a.Reason, a.Note, a.AtUtc) }).ToListAsync(ct))
            .GroupBy(a => a.InvitationId).ToDictionary(g => g.Key, g => g.Select(a => a.Answer).MaxBy(a => a.AtUtc));
        return rows
            .OrderBy(r => r.LastName, ByName).ThenBy(r => r.FirstName, ByName)
            .Select(r => new InvitedPlan(r.Id, scope.IsCaseworker ? r.ReferenceNumber : null, Domain.Invitations.ParticipantNumber.Of(r.Id), $"{r.FirstName} {r.LastName}",
                r.FairPhaseId, r.PhaseName, r.Status, r.ArrivalFrom, r.ArrivalTo, [.. plans[r.Id]], letters.GetValueOrDefault(r.Id), answers.GetValueOrDefault(r.Id)))
            .ToList();
    }

    /// <summary>The letters of a phase of the current fair, ordered by last and first name; empty when there is no such fair or phase.</summary>
    public async Task<IReadOnlyList<InvitationLetterData>> LettersAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        bool ofCurrentFair;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ofCurrentFair = (await db.CurrentFairAsync(clock, ct))?.Phase(phaseId) is not null;
        }
        return ofCurrentFair ? await LoadLettersAsync(scope, q => q.Where(i => i.FairPhaseId == phaseId), ct) : [];
    }

    /// <summary>One letter; <see cref="NotFoundException"/> when it does not exist, lies outside the scope or holds no seat.</summary>
    public async Task<InvitationLetterData> LetterAsync(UserScope scope, int invitationId, CancellationToken ct = default) =>
        (await LoadLettersAsync(scope, q => q.Where(i => i.Id == invitationId), ct)).SingleOrDefault()
            ?? throw new NotFoundException($"Invitation {invitationId} not found.");

    /// <summary>The letters of the given invitations in the scope (e.g. for change notices), ordered by last and first name.</summary>
    public Task<IReadOnlyList<InvitationLetterData>> LettersForAsync(UserScope scope, IReadOnlyCollection<int> invitationIds, CancellationToken ct = default) =>
        LoadLettersAsync(scope, q => q.Where(i => invitationIds.Contains(i.Id)), ct);

    private async Task<IReadOnlyList<InvitationLetterData>> LoadLettersAsync(UserScope scope, Func<IQueryable<Invitation>, IQueryable<Invitation>> filter,
        CancellationToken ct)
    {
        scope.RequireInvitationAccess();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await filter(db.InvitationsVisibleTo(scope).AsNoTracking())
            .Where(i => i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            .Select(i => new
            {
                i.Id,
                i.JobseekerId,
                i.CheckInCode,
                i.AgencyId,
                i.FairId,
                i.CreatedUtc,
                i.Jobseeker!.ReferenceNumber,
                Recipient = new LetterRecipient(i.Jobseeker.Salutation, i.Jobseeker.FirstName, i.Jobseeker.LastName,
                    i.Jobseeker.Street, i.Jobseeker.Postcode, i.Jobseeker.City, i.Jobseeker.TargetGroup,
                    i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null) ? i.Jobseeker.Email : null,
                    i.Jobseeker.LetterLanguage, i.Jobseeker.EasyLanguage),
                i.FairPhase!.Name,
                i.FairPhase.Start,
                i.FairPhase.End,
                i.ArrivalFrom,
                i.ArrivalTo,
                i.PlanVersion,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }
        // Letters carry names and addresses: who printed or mailed how many is kept, as for any export.
        await db.AddAuditAsync(scope, clock, AuditActions.Exported, AuditLog.Letters, rows.Count, ct);
        await db.AddAuditForPeopleAsync(scope, clock, AuditActions.InLetters, rows.Select(r => r.JobseekerId), ct);
        await db.SaveChangesAsync(ct);
        // From now on a change of these plans calls for a change notice.
        await db.MarkSentAsync(rows.Select(r => (r.Id, r.PlanVersion)), ct);

        var agencyIds = rows.Select(r => r.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new LetterSender(a.Name, a.Street, a.Postcode, a.City, a.Phone, a.LetterParagraph, a.LetterParagraphInformal), ct);
        var textVersions = (await db.AgencyLetterTexts.AsNoTracking().Where(t => agencyIds.Contains(t.AgencyId)).ToListAsync(ct)).ToLookup(t => t.AgencyId);
        var fairIds = rows.Select(r => r.FairId).Distinct().ToList();
        var fairs = await db.Fairs.AsNoTracking().Where(f => fairIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => new LetterFair(f.Name, f.Date, f.Venue, f.VenueAddress), ct);
        var plans = await db.PlansOfAsync([.. rows.Select(r => r.Id)], ct);
        var today = clock.FairToday();
        return rows
            .OrderBy(r => r.Recipient.LastName, ByName).ThenBy(r => r.Recipient.FirstName, ByName)
            .Select(r => new InvitationLetterData(r.Id, r.ReferenceNumber, r.CheckInCode, r.Recipient,
                SenderAt(agencies[r.AgencyId], textVersions[r.AgencyId], r.CreatedUtc), fairs[r.FairId],
                r.Name, r.Start, r.End, r.ArrivalFrom, r.ArrivalTo, [.. plans[r.Id]], today))
            .ToList();
    }

    /// <summary>The paragraphs valid when the invitation was issued; invitations older than any version print the current ones.</summary>
    private static LetterSender SenderAt(LetterSender current, IEnumerable<Domain.Agencies.AgencyLetterText> versions, DateTime issuedUtc) =>
        Domain.Agencies.AgencyLetterText.ValidAt(versions, issuedUtc) is { } version
            ? current with { LetterParagraph = version.Formal, LetterParagraphInformal = version.Informal }
            : current;
}
