using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

public sealed record JobseekerDetail(Jobseeker Jobseeker, string AgencyName, IReadOnlyList<ExcludedEmployer> Exclusions, bool CanEdit);

public sealed record ExcludedEmployer(int EmployerId, string Name, DateTime RecordedUtc);

/// <summary>One person's record; reading it is logged, because it is social data.</summary>
public sealed class GetJobseeker(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<JobseekerDetail> HandleAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var jobseeker = await db.VisibleTo(scope).AsNoTracking()
            .Include(j => j.Consents).Include(j => j.EmployerExclusions)
            .FirstOrDefaultAsync(j => j.Id == id, ct)
            ?? throw new NotFoundException($"{AuditLog.Jobseeker} not found.");
        var agency = await db.Agencies.Where(a => a.Id == jobseeker.AgencyId).Select(a => a.Name).FirstAsync(ct);
        var employerIds = jobseeker.EmployerExclusions.Select(e => e.EmployerId).ToList();
        var names = await db.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var exclusions = jobseeker.EmployerExclusions
            .Select(e => new ExcludedEmployer(e.EmployerId, names.GetValueOrDefault(e.EmployerId, "?"), e.RecordedUtc))
            .OrderBy(e => e.Name).ToList();

        await db.AddAuditAsync(scope, clock, AuditActions.Viewed, AuditLog.Jobseeker, id, ct);
        await db.SaveChangesAsync(ct);
        return new JobseekerDetail(jobseeker, agency, exclusions, scope.IsCaseworker && scope.AgencyId == jobseeker.AgencyId);
    }
}
