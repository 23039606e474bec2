using System.Globalization;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

public sealed record CheckInList(string FairName, DateOnly FairDate, string Phase, TimeOnly Start, TimeOnly End, IReadOnlyList<CheckInEntry> People)
    : IPrintable;

/// <summary>One line at the entrance: who, from which agency, when expected, and the code on their letter.</summary>
public sealed record CheckInEntry(string LastName, string FirstName, string ParticipantNumber, string CheckInCode, string Agency,
    TimeOnly? ArrivalFrom, TimeOnly? ArrivalTo, InvitationStatus Status);

/// <summary>
/// The paper check-in list of a phase of the current fair: everyone holding a seat, alphabetical by
/// surname (German collation), for the entrance when the network fails. Organizers only.
/// </summary>
public sealed class GetCheckInList(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CheckInList?> HandleAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair?.Phase(phaseId) is not { } fairPhase)
        {
            return null;
        }

        var people = await db.InvitationsVisibleTo(scope).AsNoTracking()
            .Where(i => i.FairPhaseId == fairPhase.Id && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            .Select(i => new
            {
                i.JobseekerId,
                Entry = new CheckInEntry(i.Jobseeker!.LastName, i.Jobseeker.FirstName, ParticipantNumber.Of(i.Id), i.CheckInCode,
                    db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Name).First(), i.ArrivalFrom, i.ArrivalTo, i.Status),
            })
            .ToListAsync(ct);
        var rows = people.Select(p => p.Entry).ToList();
        await db.AddAuditAsync(scope, clock, AuditActions.Exported, AuditLog.CheckInList, rows.Count, ct);
        await db.AddAuditForPeopleAsync(scope, clock, AuditActions.OnCheckInList, people.Select(p => p.JobseekerId), ct);
        await db.SaveChangesAsync(ct);
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);
        return new CheckInList(fair.Name, fair.Date, fairPhase.Name, fairPhase.Start, fairPhase.End,
            [.. rows.OrderBy(r => r.LastName, byName).ThenBy(r => r.FirstName, byName).ThenBy(r => r.ParticipantNumber, StringComparer.Ordinal)]);
    }
}
