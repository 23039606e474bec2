using System.Globalization;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Attendance;

/// <summary>How a person's invitation to a fair ended, as reported back to the agency.</summary>
public enum AttendanceStatus
{
    /// <summary>Checked in at the entrance.</summary>
    Present = 1,
    /// <summary>Not checked in, no reason accepted.</summary>
    Absent = 2,
    /// <summary>Not there, with a reason the agency accepted.</summary>
    Excused = 3,
    /// <summary>Declined the invitation beforehand.</summary>
    Declined = 4,
    /// <summary>The fair has not taken place yet, or its check-ins were not recorded.</summary>
    Open = 5,
}

public sealed record AttendanceEntry(int InvitationId, string ReferenceNumber, string LastName, string FirstName, string Agency, string Phase, bool WalkIn,
    AttendanceStatus Attendance, DateTime? ArrivedAt, int ConversationsPlanned, int? ConversationsHeld);

/// <summary>
/// An agency's attendance list of one fair. <see cref="CheckInsRecorded"/> false: the fair has no recorded
/// check-ins (not held yet, or held without the check-in desk), so nobody is reported absent.
/// </summary>
public sealed record AttendanceList(ReportFair Fair, string? AgencyName, bool CheckInsRecorded, bool OutcomesRecorded, IReadOnlyList<AttendanceEntry> People)
    : IPrintable
{
    public int Count(AttendanceStatus attendance) => People.Count(p => p.Attendance == attendance);
}

/// <summary>
/// The attendance of one fair from the recorded check-ins (never from the plan): present with arrival time,
/// absent, excused, declined; and the conversations each person held. A caseworker gets the own agency's
/// clients only; organizers everyone. Exported lists are logged per person.
/// </summary>
public sealed class GetAttendance(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<AttendanceList> HandleAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await ReportFair.FindAsync(db, fairId, ct);
        var rows = await db.InvitationsVisibleTo(scope).AsNoTracking()
            .Where(i => i.FairId == fairId && i.Status != InvitationStatus.Cancelled)
            .Select(i => new
            {
                i.Id,
                i.JobseekerId,
                i.Jobseeker!.ReferenceNumber,
                i.Jobseeker.LastName,
                i.Jobseeker.FirstName,
                Agency = db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Name).First(),
                Phase = i.FairPhase!.Name,
                i.Status,
                i.ArrivedUtc,
                i.IsWalkIn,
                i.History,
            })
            .ToListAsync(ct);
        var conversations = (await db.Conversations.AsNoTracking()
                .Where(c => c.Invitation!.FairId == fairId)
                .Select(c => new { c.InvitationId, c.Outcome })
                .ToListAsync(ct))
            .ToLookup(c => c.InvitationId);
        // The whole fair decides whether check-ins and outcomes were recorded, not the agency's share of it.
        var checkIns = await db.Invitations.AnyAsync(i => i.FairId == fairId && (i.Status == InvitationStatus.Arrived || i.Status == InvitationStatus.NoShow), ct);
        var outcomes = conversations.Any(g => g.Any(c => c.Outcome is not null));

        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);
        var people = rows
            .Select(r =>
            {
                var arrived = r.Status == InvitationStatus.Arrived;
                var mine = conversations[r.Id].ToList();
                return new AttendanceEntry(r.Id, r.ReferenceNumber, r.LastName, r.FirstName, r.Agency, r.Phase, r.IsWalkIn,
                    AttendanceOf(r.Status, checkIns),
                    arrived ? r.ArrivedUtc ?? r.History.LastOrDefault(h => h.Status == InvitationStatus.Arrived)?.AtUtc : null,
                    mine.Count,
                    outcomes ? mine.Count(c => ConversationFacts.Held(arrived, c.Outcome)) : null);
            })
            .OrderBy(p => p.Phase).ThenBy(p => p.LastName, byName).ThenBy(p => p.FirstName, byName).ThenBy(p => p.ReferenceNumber, StringComparer.Ordinal)
            .ToList();
        var agencyName = scope.IsCaseworker ? await db.Agencies.Where(a => a.Id == scope.AgencyId).Select(a => a.Name).FirstOrDefaultAsync(ct) : null;
        return new AttendanceList(fair, agencyName, checkIns, outcomes, people);
    }

    /// <summary>Logs every person of a list that leaves the app as a file, then hands the list back.</summary>
    internal async Task<AttendanceList> ForExportAsync(UserScope scope, int fairId, CancellationToken ct)
    {
        var list = await HandleAsync(scope, fairId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = list.People.Select(p => p.InvitationId).ToList();
        var people = await db.Invitations.Where(i => ids.Contains(i.Id)).Select(i => i.JobseekerId).ToListAsync(ct);
        await db.AddAuditForPeopleAsync(scope, clock, AuditActions.OnAttendanceList, people, ct);
        await db.SaveChangesAsync(ct);
        return list;
    }

    private static AttendanceStatus AttendanceOf(InvitationStatus status, bool checkInsRecorded) => status switch
    {
        InvitationStatus.Arrived => AttendanceStatus.Present,
        InvitationStatus.Excused => AttendanceStatus.Excused,
        InvitationStatus.Declined => AttendanceStatus.Declined,
        InvitationStatus.NoShow => AttendanceStatus.Absent,
        // Invited or confirmed and never checked in: absent once the entrance recorded check-ins at all.
        _ => checkInsRecorded ? AttendanceStatus.Absent : AttendanceStatus.Open,
    };
}
