using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>
/// A person as the check-in desk sees them: name, code, phase, arrival and plan — nothing else of their
/// record (no agency, no contact data, no reference number), which is all the check-in right allows.
/// <see cref="PlanChanged"/>: the plan changed after the person's letter (a re-plan, a freed or assigned slot),
/// so the letter in their hand is out of date and the desk hands over a fresh plan slip.
/// </summary>
public sealed record DeskPerson(
    int InvitationId, string FirstName, string LastName, string CheckInCode, PhaseKind Phase, TimeOnly? ArrivalFrom, TimeOnly? ArrivalTo,
    InvitationStatus Status, DateTime? ArrivedAt, bool IsWalkIn, IReadOnlyList<PlannedConversation> Plan, bool PlanChanged = false)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>What the desk may reach: the current fair's invited people still holding a seat, for organizers and the check-in right.</summary>
public static class DeskScope
{
    public static IQueryable<Invitation> AtTheDesk(this JobConnectDbContext db, UserScope scope, int fairId) =>
        scope.MayCheckIn
            ? db.Invitations.Where(i => i.FairId == fairId && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled)
            : db.Invitations.Where(_ => false);

    /// <summary>The desk's projection of the given invitations, with their stored plans (arrival in fair time).</summary>
    internal static async Task<List<DeskPerson>> DeskPeopleAsync(this JobConnectDbContext db, IQueryable<Invitation> invitations, CancellationToken ct)
    {
        var rows = await invitations.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.Jobseeker!.FirstName, i.Jobseeker.LastName, i.CheckInCode, i.FairPhase!.Kind, i.ArrivalFrom, i.ArrivalTo,
                i.Status, i.ArrivedUtc, i.IsWalkIn,
                PlanChanged = i.PlanVersionSent != null && i.PlanVersion > i.PlanVersionSent,
            })
            .ToListAsync(ct);
        var plans = await db.PlansOfAsync([.. rows.Select(r => r.Id)], ct);
        return [.. rows.Select(r => new DeskPerson(r.Id, r.FirstName, r.LastName, r.CheckInCode, r.Kind, r.ArrivalFrom, r.ArrivalTo, r.Status,
            r.ArrivedUtc?.ToFairTime(), r.IsWalkIn, [.. plans[r.Id]], r.PlanChanged))];
    }
}
