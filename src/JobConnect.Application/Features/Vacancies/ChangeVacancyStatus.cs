using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>
/// Withdraw a vacancy or mark it filled. Allowed after the reporting deadline too: the organizers
/// would rather know than invite people to a position that is gone.
/// </summary>
public sealed class ChangeVacancyStatus(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public Task WithdrawAsync(UserScope scope, int id, CancellationToken ct = default) => SetAsync(scope, id, VacancyStatus.Withdrawn, ct);

    public Task MarkFilledAsync(UserScope scope, int id, CancellationToken ct = default) => SetAsync(scope, id, VacancyStatus.Filled, ct);

    private async Task SetAsync(UserScope scope, int id, VacancyStatus status, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vacancy = await db.Vacancies.EditableBy(scope).FirstOrDefaultAsync(v => v.Id == id, ct)
            ?? throw new NotFoundException($"Vacancy {id} not found.");
        if (!VacancyAccess.IsEditable(vacancy.Status))
        {
            throw new BusinessRuleException(VacancyMessages.NotEditable);
        }
        vacancy.Status = status;
        vacancy.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
