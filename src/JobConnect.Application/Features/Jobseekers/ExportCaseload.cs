using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Ports;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// The caseworker's list as a file: the same filter as the grid, only the own agency, every exported
/// person logged. The file has the import columns, so it can be edited and imported again.
/// </summary>
public sealed class ExportCaseload(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, ITableFiles files)
{
    /// <summary>People in the import format (German values, dd.MM.yyyy) as German Excel opens it.</summary>
    public async Task<FileContent> HandleAsync(UserScope scope, JobseekerListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.WritableBy(scope).AsNoTracking().Include(j => j.Consents).Matching(query);
        List<Jobseeker> list = await people.OrderBy(j => j.LastName).ThenBy(j => j.FirstName).ThenBy(j => j.Id).ToListAsync(ct);

        var userName = await db.UserNameAsync(scope, ct);
        foreach (var j in list)
        {
            db.AddAudit(scope, clock, userName, AuditActions.Exported, AuditLog.Jobseeker, j.Id);
        }
        await db.SaveChangesAsync(ct);
        var rows = list.Select(JobseekerInput.From).Select(p => (IReadOnlyList<string>)[.. JobseekerColumn.All.Select(c => c.Format(p))]);
        return new FileContent("bewerber-export.csv", FileContent.Csv, files.WriteCsv(JobseekerColumn.Headers, rows));
    }
}
