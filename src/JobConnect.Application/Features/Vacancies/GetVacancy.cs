using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>A vacancy as the form shows it; <see cref="CanEdit"/> says whether the user may save changes now.</summary>
public sealed record VacancyDetails(int Id, string EmployerName, VacancyStatus Status, VacancyInput Input, bool CanEdit, bool Locked);

/// <summary>What the form needs before anything is typed: the phases the company attends and the deadline.</summary>
public sealed record VacancyFormContext(TargetGroups AttendedPhases, DateTime? ReportingDeadlineUtc, bool Locked);

public sealed class GetVacancy(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The vacancy, or null when it does not exist or the user may not see it (same answer, no leak).</summary>
    public async Task<VacancyDetails?> HandleAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.AsNoTracking().VisibleTo(scope).Include(v => v.Employer)
            .FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return null;
        }
        var fair = await db.Fairs.AsNoTracking().FirstAsync(f => f.Id == vacancy.FairId, ct);
        var locked = VacancyAccess.IsLockedFor(scope, fair, clock.GetUtcNow().UtcDateTime);
        var input = VacancyInput.From(vacancy);
        input.AttendedPhases = await SaveVacancy.AttendedPhasesAsync(db, fair.Id, vacancy.EmployerId, ct) ?? TargetGroups.Both;
        var mayEdit = (scope.IsOrganizer || scope.IsEmployer) && VacancyAccess.IsEditable(vacancy.Status);
        return new VacancyDetails(vacancy.Id, vacancy.Employer!.Name, vacancy.Status, input, mayEdit && !locked, locked);
    }

    /// <summary>Context for a new vacancy of the signed-in employer in the current fair; null without fair or booth.</summary>
    public async Task<VacancyFormContext?> NewFormAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireEmployer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return null;
        }
        var phases = await SaveVacancy.AttendedPhasesAsync(db, fair.Id, scope.EmployerId!.Value, ct);
        return phases is null
            ? null
            : new VacancyFormContext(phases.Value, fair.ReportingDeadlineUtc, VacancyAccess.IsLockedFor(scope, fair, clock.GetUtcNow().UtcDateTime));
    }
}
