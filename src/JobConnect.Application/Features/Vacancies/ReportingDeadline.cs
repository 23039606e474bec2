using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Vacancies;

public sealed record FairDeadline(int FairId, string FairName, DateTime? ReportingDeadlineUtc, bool Passed);

/// <summary>The current fair's reporting deadline: everyone may read it, only organizers set it.</summary>
public sealed class ReportingDeadline(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<FairDeadline?> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        return fair is null
            ? null
            : new FairDeadline(fair.Id, fair.Name, fair.ReportingDeadlineUtc, fair.ReportingDeadlineUtc < clock.GetUtcNow().UtcDateTime);
    }

    public async Task SetAsync(UserScope scope, int fairId, DateTime? deadlineUtc, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.Fairs.FirstOrDefaultAsync(f => f.Id == fairId, ct) ?? throw new NotFoundException($"Fair {fairId} not found.");
        fair.ReportingDeadlineUtc = deadlineUtc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
        await db.SaveChangesAsync(ct);
    }
}
