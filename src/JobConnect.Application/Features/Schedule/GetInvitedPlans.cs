using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Schedule;

public sealed record InvitedPlan(
    int InvitationId,
    string ReferenceNumber,
    string Name,
    PhaseKind Phase,
    InvitationStatus Status,
    TimeOnly? ArrivalFrom,
    TimeOnly? ArrivalTo,
    IReadOnlyList<PlannedConversation> Conversations);

public sealed record PlannedConversation(TimeOnly Start, string Employer, string Booth, int Table, string? Vacancy);

/// <summary>
/// The invited people of the current fair with their personal plans: a caseworker sees their own
/// agency's people, an organizer everyone invited (needed for letters and check-in), an employer no one.
/// </summary>
public sealed class GetInvitedPlans(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvitedPlan>> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer && !scope.IsCaseworker)
        {
            throw new AccessDeniedException("Employers do not see invitations.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return [];
        }
        var invitations = db.Invitations.AsNoTracking().Where(i => i.FairId == fair.Id);
        if (scope.IsCaseworker)
        {
            invitations = invitations.Where(i => i.AgencyId == scope.AgencyId);
        }

        var rows = await invitations
            .Select(i => new
            {
                i.Id,
                i.Jobseeker!.ReferenceNumber,
                i.Jobseeker.FirstName,
                i.Jobseeker.LastName,
                i.FairPhase!.Kind,
                i.Status,
                i.ArrivalFrom,
                i.ArrivalTo,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var conversations = await db.PlansOfAsync(ids, ct);

        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);
        return rows
            .OrderBy(r => r.LastName, byName)
            .ThenBy(r => r.FirstName, byName)
            .Select(r => new InvitedPlan(r.Id, r.ReferenceNumber, $"{r.FirstName} {r.LastName}", r.Kind, r.Status, r.ArrivalFrom, r.ArrivalTo,
                conversations[r.Id].ToList()))
            .ToList();
    }
}
