using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.PersonalPage;

public enum PersonalPageState
{
    Valid,
    /// <summary>The day after the fair has passed.</summary>
    Expired,
    /// <summary>Never issued, mistyped, or its letter was undone: all answer the same.</summary>
    Unknown,
}

/// <summary>
/// What the person's page shows — only what their letter shows: first name, phase, arrival, the
/// personal plan, the venue, what to bring (by <see cref="Informal"/>), the check-in code and the
/// inviting agency's name and phone; plus the answer so far. No surname, address, reference number or profile.
/// </summary>
public sealed record PersonalPageView(
    string FirstName,
    bool Informal,
    string FairName,
    DateOnly Date,
    string Phase,
    TimeOnly PhaseStart,
    TimeOnly PhaseEnd,
    TimeOnly? ArrivalFrom,
    TimeOnly? ArrivalTo,
    IReadOnlyList<PlannedConversation> Conversations,
    string Venue,
    string VenueAddress,
    string CheckInCode,
    string AgencyName,
    string? AgencyPhone,
    InvitationStatus Status,
    bool OffersImportantReason);

public sealed record PersonalPageResult(PersonalPageState State, PersonalPageView? View = null);

/// <summary>
/// The invited person's page behind the personal link of their letter (<see cref="PersonalLinks"/>):
/// no account, the token is the key. Valid until the end of the day after the fair (Kassel time);
/// every access is written to the audit log under the pseudo-user "personal-link".
/// </summary>
public sealed class PersonalPage(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IPlanCalendar calendar)
{
    /// <summary>The audit log's "who" for the person acting through their link.</summary>
    internal static readonly UserScope Visitor = new(InvitationResponse.ByPersonalLink, "Invitee", null, null);

    public async Task<PersonalPageResult> OpenAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (state, invitation) = await ResolveAsync(db, token, ct);
        if (invitation is null || state != PersonalPageState.Valid)
        {
            await AuditAsync(db, invitation?.JobseekerId, AuditActions.PersonalPageOpened, ct);
            return new PersonalPageResult(state);
        }
        var view = await ViewAsync(db, invitation.Id, ct);
        await AuditAsync(db, invitation.JobseekerId, AuditActions.PersonalPageOpened, ct);
        return new PersonalPageResult(state, view);
    }

    /// <summary>The personal plan as an iCalendar file; null when the link is not (or no longer) valid or the person declined.</summary>
    public async Task<FileContent?> CalendarAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (state, invitation) = await ResolveAsync(db, token, ct);
        await AuditAsync(db, invitation?.JobseekerId, AuditActions.PersonalPageOpened, ct);
        if (state != PersonalPageState.Valid || invitation is null || !invitation.HoldsSeat)
        {
            return null;
        }
        var view = await ViewAsync(db, invitation.Id, ct);
        var slotMinutes = await db.FairPhases.Where(p => p.Id == invitation.FairPhaseId).Select(p => p.SlotMinutes).SingleAsync(ct);
        // The page is German; the calendar entries are worded in the person's letter language, as in the mails.
        var language = await db.Jobseekers.Where(j => j.Id == invitation.JobseekerId).Select(j => new { j.LetterLanguage, j.EasyLanguage }).SingleAsync(ct);
        return calendar.Write(new PlanCalendar($"invitation-{invitation.Id}", 0, view.FairName, view.Date, view.Venue, view.VenueAddress,
            view.ArrivalFrom ?? view.PhaseStart, view.PhaseEnd, slotMinutes, view.Conversations, view.Informal, language.LetterLanguage, language.EasyLanguage));
    }

    /// <summary>The invitation a token opens, tracked (for answering), and whether it is still valid.</summary>
    internal async Task<(PersonalPageState State, Invitation? Invitation)> ResolveAsync(JobConnectDbContext db, string? token, CancellationToken ct)
    {
        if (PersonalLinks.HashOf(token) is not { } hash)
        {
            return (PersonalPageState.Unknown, null);
        }
        var invitationId = await db.LetterDispatches.Where(d => d.PageTokenHash == hash && d.UndoneUtc == null)
            .Select(d => (int?)d.InvitationId).SingleOrDefaultAsync(ct);
        var invitation = invitationId is null ? null : await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null)
        {
            return (PersonalPageState.Unknown, null);
        }
        var fairDate = await db.Fairs.Where(f => f.Id == invitation.FairId).Select(f => f.Date).SingleAsync(ct);
        return clock.FairToday() > fairDate.AddDays(1) ? (PersonalPageState.Expired, invitation) : (PersonalPageState.Valid, invitation);
    }

    private static async Task<PersonalPageView> ViewAsync(JobConnectDbContext db, int invitationId, CancellationToken ct)
    {
        var row = await db.Invitations.AsNoTracking().Where(i => i.Id == invitationId)
            .Select(i => new
            {
                i.Jobseeker!.FirstName,
                i.Jobseeker.TargetGroup,
                i.FairPhase!.Name,
                i.FairPhase.Start,
                i.FairPhase.End,
                i.ArrivalFrom,
                i.ArrivalTo,
                i.CheckInCode,
                i.Status,
                i.AgencyId,
                i.FairId,
            })
            .SingleAsync(ct);
        var fair = await db.Fairs.AsNoTracking().Where(f => f.Id == row.FairId).Select(f => new { f.Name, f.Date, f.Venue, f.VenueAddress }).SingleAsync(ct);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == row.AgencyId).Select(a => new { a.Name, a.Phone, a.Kind }).SingleAsync(ct);
        var plan = row.Status is InvitationStatus.Declined or InvitationStatus.Cancelled ? [] : (await db.PlansOfAsync([invitationId], ct))[invitationId].ToList();
        return new PersonalPageView(row.FirstName, row.TargetGroup == TargetGroup.SchoolLeaver, fair.Name, fair.Date, row.Name, row.Start, row.End,
            row.ArrivalFrom, row.ArrivalTo, plan, fair.Venue, fair.VenueAddress, row.CheckInCode, agency.Name,
            string.IsNullOrWhiteSpace(agency.Phone) ? null : agency.Phone, row.Status, agency.Kind == AgencyKind.Jobcenter);
    }

    /// <summary>Every access, valid or not: with the person when the token named one, else as an unknown link.</summary>
    internal async Task AuditAsync(JobConnectDbContext db, int? jobseekerId, string action, CancellationToken ct)
    {
        db.AddAudit(Visitor, clock, Visitor.UserId, action, jobseekerId is null ? "PersonalLink" : AuditLog.Jobseeker, jobseekerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
        await db.SaveChangesAsync(ct);
    }
}
