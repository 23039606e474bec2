using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Dashboard;

/// <summary>The numbers on a user's start page, counted only over what the user may see.</summary>
public sealed record KeyFigures(
    string? FairName,
    DateOnly? FairDate,
    string? Venue,
    string? ScopeName,
    int Vacancies,
    int Openings,
    int Apprenticeships,
    int? Jobseekers,
    int Employers,
    IReadOnlyList<PhaseFigures> Phases);

public sealed record PhaseFigures(int PhaseId, string Name, TimeOnly Start, TimeOnly End, int Seats, int Invited, int Confirmed, int Arrived);

public sealed class GetKeyFigures(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{

    public async Task<KeyFigures> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return new KeyFigures(null, null, null, null, 0, 0, 0, null, 0, []);
        }

        var vacancies = db.Vacancies.Where(v => v.FairId == fair.Id && Vacancy.OpenStatuses.Contains(v.Status));
        if (scope.IsEmployer)
        {
            vacancies = vacancies.Where(v => v.EmployerId == scope.EmployerId);
        }

        // Employers never see counts of jobseekers; caseworkers only their own agency's.
        int? jobseekers = scope switch
        {
            { IsOrganizer: true } => await db.Jobseekers.CountAsync(j => !j.Archived, ct),
            { IsCaseworker: true } => await db.Jobseekers.CountAsync(j => !j.Archived && j.AgencyId == scope.AgencyId, ct),
            _ => null,
        };

        var invitations = db.InvitationsVisibleTo(scope).Where(i => i.FairId == fair.Id);

        var perPhase = await invitations
            .GroupBy(i => new { i.FairPhaseId, i.Status })
            .Select(g => new { g.Key.FairPhaseId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Count(int phaseId, params InvitationStatus[] statuses) =>
            perPhase.Where(x => x.FairPhaseId == phaseId && statuses.Contains(x.Status)).Sum(x => x.Count);

        var phases = fair.Phases.OrderBy(p => p.Start).Select(p => new PhaseFigures(
            p.Id, p.Name, p.Start, p.End, p.SeatCapacity,
            Invited: Count(p.Id, InvitationStatus.Planned, InvitationStatus.Invited, InvitationStatus.Confirmed, InvitationStatus.Arrived, InvitationStatus.NoShow),
            Confirmed: Count(p.Id, InvitationStatus.Confirmed, InvitationStatus.Arrived, InvitationStatus.NoShow),
            Arrived: Count(p.Id, InvitationStatus.Arrived))).ToList();

        var scopeName = scope switch
        {
            { IsCaseworker: true } => await db.Agencies.Where(a => a.Id == scope.AgencyId).Select(a => a.Name).FirstOrDefaultAsync(ct),
            { IsEmployer: true } => await db.Employers.Where(e => e.Id == scope.EmployerId).Select(e => e.Name).FirstOrDefaultAsync(ct),
            _ => null,
        };

        return new KeyFigures(
            fair.Name,
            fair.Date,
            fair.Venue,
            scopeName,
            await vacancies.CountAsync(ct),
            await vacancies.SumAsync(v => (int?)v.Openings, ct) ?? 0,
            await vacancies.CountAsync(v => v.Kind == VacancyKind.Apprenticeship, ct),
            jobseekers,
            await db.Booths.CountAsync(b => b.FairId == fair.Id, ct),
            phases);
    }
}
