using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>Archives (or restores) a person: gone from lists and matching, data kept until erased.</summary>
public sealed class ArchiveJobseeker(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task HandleAsync(UserScope scope, int id, bool archived = true, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var jobseeker = await db.WritableBy(scope).FirstOrDefaultAsync(j => j.Id == id, ct)
            ?? throw new NotFoundException($"{AuditLog.Jobseeker} not found.");
        jobseeker.Archived = archived;
        jobseeker.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.AddAuditAsync(scope, clock, archived ? AuditActions.Archived : AuditActions.Changed, AuditLog.Jobseeker, id, ct);
        await db.SaveChangesAsync(ct);
    }
}
