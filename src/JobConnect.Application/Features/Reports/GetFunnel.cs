using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Reports;

/// <summary>A fair the reports can be asked about.</summary>
public sealed record ReportFair(int Id, string Name, DateOnly Date)
{
    /// <exception cref="NotFoundException">No such fair.</exception>
    internal static async Task<ReportFair> FindAsync(JobConnectDbContext db, int fairId, CancellationToken ct) =>
        await db.Fairs.AsNoTracking().Where(f => f.Id == fairId).Select(f => new ReportFair(f.Id, f.Name, f.Date)).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("Fair not found.");
}

/// <summary>One line of a funnel table: a phase, an agency, a company or a vacancy.</summary>
public sealed record FunnelLine(string Name, FunnelFigures Figures, PhaseKind? Phase = null, int? Id = null);

/// <summary>
/// The outcome funnel of one fair as the user may see it. <see cref="Coverage"/> says which steps have
/// recorded data at all; a step without data is "not recorded", not zero. Employers get only their
/// company and vacancies (phases and agencies stay empty).
/// </summary>
public sealed record FunnelReport(
    ReportFair Fair,
    FunnelCoverage Coverage,
    bool Frozen,
    string? ScopeName,
    FunnelFigures Total,
    IReadOnlyList<FunnelLine> Phases,
    IReadOnlyList<FunnelLine> Agencies,
    IReadOnlyList<FunnelLine> Employers,
    IReadOnlyList<FunnelLine> Vacancies) : IPrintable;

/// <summary>
/// The funnel of a fair per phase, agency, company and vacancy, counted from <see cref="FunnelRecords"/>
/// within <see cref="ReportScope"/>; and the list of fairs to choose from (newest first).
/// </summary>
public sealed class GetFunnel(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Every fair, newest first, with the one the reports open on: the latest fair that has taken place, else the current one.</summary>
    public async Task<(IReadOnlyList<ReportFair> Fairs, int? Default)> FairsAsync(UserScope scope, CancellationToken ct = default)
    {
        RequireReports(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fairs = await db.Fairs.AsNoTracking().OrderByDescending(f => f.Date).Select(f => new ReportFair(f.Id, f.Name, f.Date)).ToListAsync(ct);
        var today = clock.FairToday();
        return (fairs, (fairs.FirstOrDefault(f => f.Date <= today) ?? fairs.FirstOrDefault())?.Id);
    }

    /// <exception cref="NotFoundException">No such fair.</exception>
    public async Task<FunnelReport> HandleAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        RequireReports(scope);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await ReportFair.FindAsync(db, fairId, ct);
        var (all, coverage) = await FunnelRecords.LoadAsync(db, fairId, ct);
        var frozen = await db.FrozenStatistics.AnyAsync(s => s.FairId == fairId, ct);
        var records = all.VisibleTo(scope);
        var scopeName = scope switch
        {
            { IsCaseworker: true } => await db.Agencies.Where(a => a.Id == scope.AgencyId).Select(a => a.Name).FirstOrDefaultAsync(ct),
            { IsEmployer: true } => await db.Employers.Where(e => e.Id == scope.EmployerId).Select(e => e.Name).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return Count(fair, coverage, frozen, scopeName, records, scope.IsEmployer ? scope.EmployerId : null);
    }

    /// <summary>The tables of a report from records already in scope; <paramref name="employerId"/> limits it to one company's view.</summary>
    internal static FunnelReport Count(ReportFair fair, FunnelCoverage coverage, bool frozen, string? scopeName, IReadOnlyList<FunnelRecord> records, int? employerId)
    {
        var talks = records.SelectMany(r => r.Talks).Where(t => employerId is null || t.EmployerId == employerId).ToList();
        var employers = talks.GroupBy(t => t.EmployerId)
            .Select(g => new FunnelLine(g.First().EmployerName, Funnel.CountForEmployer(records, g.Key), Id: g.Key))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();
        var vacancies = talks.Where(t => t.VacancyId is not null).GroupBy(t => t.VacancyId!.Value)
            .Select(g => new FunnelLine($"{g.First().VacancyTitle} ({g.First().EmployerName})", Funnel.CountForVacancy(records, g.Key, g.First().EmployerId), Id: g.Key))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();
        if (employerId is { } own)
        {
            return new FunnelReport(fair, coverage, frozen, scopeName, Funnel.CountForEmployer(records, own), [], [], employers, vacancies);
        }
        var phases = records.GroupBy(r => r.Phase).OrderBy(g => g.Key)
            .Select(g => new FunnelLine(GermanWording.Phase(g.Key), Funnel.Count(g), g.Key)).ToList();
        var agencies = records.GroupBy(r => r.AgencyId)
            .Select(g => new FunnelLine(g.First().AgencyName, Funnel.Count(g), Id: g.Key))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();
        return new FunnelReport(fair, coverage, frozen, scopeName, Funnel.Count(records), phases, agencies, employers, vacancies);
    }

    internal static void RequireReports(UserScope scope)
    {
        if (!scope.IsOrganizer && !scope.IsCaseworker && !scope.IsEmployer)
        {
            throw scope.Refused("The role sees no fair figures.");
        }
    }
}
