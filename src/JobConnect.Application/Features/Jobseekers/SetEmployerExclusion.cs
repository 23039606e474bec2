using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>Records or lifts a person's block of one employer (SGB III); only the owning agency does this.</summary>
public sealed class SetEmployerExclusion(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task HandleAsync(UserScope scope, int jobseekerId, int employerId, bool excluded, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var jobseeker = await db.WritableBy(scope).Include(j => j.EmployerExclusions).FirstOrDefaultAsync(j => j.Id == jobseekerId, ct)
            ?? throw new NotFoundException(AuditLog.Jobseeker);
        if (!await db.Employers.AnyAsync(e => e.Id == employerId, ct))
        {
            throw new NotFoundException("Employer");
        }
        var existing = jobseeker.EmployerExclusions.FirstOrDefault(e => e.EmployerId == employerId);
        if (excluded && existing is null)
        {
            jobseeker.EmployerExclusions.Add(new EmployerExclusion { EmployerId = employerId, RecordedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (!excluded && existing is not null)
        {
            jobseeker.EmployerExclusions.Remove(existing);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (excluded)
        {
            // A blocked employer must not see the person: planned conversations at its booth go at once.
            await db.Conversations.Where(c => c.Invitation!.JobseekerId == jobseekerId && c.Booth!.EmployerId == employerId).ExecuteDeleteAsync(ct);
        }
        await db.AddAuditAsync(scope, clock, AuditActions.Changed, AuditLog.Jobseeker, jobseekerId, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Employers a caseworker can choose from (names only; not personal data).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> EmployersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        return [.. list.Select(e => (e.Id, e.Name))];
    }
}
