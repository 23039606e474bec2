using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>Creates (employers, for the current fair) or changes (owner or organizer) a vacancy.</summary>
public sealed class SaveVacancy(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<VacancyInput> validator, TimeProvider clock)
{
    public async Task<int> CreateAsync(UserScope scope, VacancyInput input, CancellationToken ct = default)
    {
        scope.RequireEmployer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var fair = await db.CurrentFairAsync(clock, ct)
            ?? throw new BusinessRuleException(VacancyMessages.NoFair);
        if (VacancyAccess.IsLockedFor(scope, fair, now))
        {
            throw new BusinessRuleException(VacancyMessages.DeadlinePassed);
        }
        input.AttendedPhases = await AttendedPhasesAsync(db, fair.Id, scope.EmployerId!.Value, ct)
            ?? throw new BusinessRuleException(VacancyMessages.NoBooth);
        await validator.ValidateAndThrowAsync(input, ct);

        var vacancy = new Vacancy
        {
            FairId = fair.Id,
            EmployerId = scope.EmployerId.Value,
            Title = "",
            KldbCode = "",
            Postcode = "",
            Status = VacancyStatus.Reported,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        input.ApplyTo(vacancy);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(ct);
        return vacancy.Id;
    }

    public async Task UpdateAsync(UserScope scope, int id, VacancyInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.EditableBy(scope).FirstOrDefaultAsync(v => v.Id == id, ct)
            ?? throw new NotFoundException($"Vacancy {id} not found.");
        if (!VacancyAccess.IsEditable(vacancy.Status))
        {
            throw new BusinessRuleException(VacancyMessages.NotEditable);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var fair = await db.Fairs.AsNoTracking().FirstAsync(f => f.Id == vacancy.FairId, ct);
        if (VacancyAccess.IsLockedFor(scope, fair, now))
        {
            throw new BusinessRuleException(VacancyMessages.DeadlinePassed);
        }
        // An organizer may fix a vacancy of a company whose booth is not set up yet.
        input.AttendedPhases = await AttendedPhasesAsync(db, fair.Id, vacancy.EmployerId, ct)
            ?? (scope.IsOrganizer ? TargetGroups.Both : throw new BusinessRuleException(VacancyMessages.NoBooth));
        await validator.ValidateAndThrowAsync(input, ct);

        input.ApplyTo(vacancy);
        vacancy.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
    }

    internal static Task<TargetGroups?> AttendedPhasesAsync(JobConnectDbContext db, int fairId, int employerId, CancellationToken ct) =>
        db.Booths.Where(b => b.FairId == fairId && b.EmployerId == employerId).Select(b => (TargetGroups?)b.Phases).FirstOrDefaultAsync(ct);
}
