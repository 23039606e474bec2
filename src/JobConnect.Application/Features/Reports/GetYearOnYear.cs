using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Reports;

/// <summary>One fair's whole funnel in the year-on-year view.</summary>
public sealed record YearColumn(ReportFair Fair, FunnelCoverage Coverage, FunnelFigures Figures);

/// <summary>
/// The same funnel for every fair side by side, oldest first, within the user's <see cref="ReportScope"/>;
/// anonymized fairs count from their frozen records, so their figures never change.
/// </summary>
public sealed class GetYearOnYear(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<IReadOnlyList<YearColumn>> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        GetFunnel.RequireReports(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fairs = await db.Fairs.AsNoTracking().OrderBy(f => f.Date).Select(f => new ReportFair(f.Id, f.Name, f.Date)).ToListAsync(ct);
        var columns = new List<YearColumn>(fairs.Count);
        foreach (var fair in fairs)
        {
            var (records, coverage) = await FunnelRecords.LoadAsync(db, fair.Id, ct);
            var visible = records.VisibleTo(scope);
            var figures = scope.IsEmployer ? Funnel.CountForEmployer(visible, scope.EmployerId!.Value) : Funnel.Count(visible);
            columns.Add(new YearColumn(fair, coverage, figures));
        }
        return columns;
    }
}
