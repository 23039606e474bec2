using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;
using JobConnect.Domain.Reports;

namespace JobConnect.Application.Features.Reports;

/// <summary>The tables of the reports page.</summary>
public enum FunnelTable
{
    Phases,
    Agencies,
    Employers,
    Vacancies,
    YearOnYear,
}

/// <summary>
/// Every table of the reports page as CSV or XLSX, with the same figures and scope as the page (it
/// loads them through <see cref="GetFunnel"/> and <see cref="GetYearOnYear"/>): counts, the rate of
/// arrivals and contracts, and "nicht erfasst" where the fair has no data for a step.
/// </summary>
public sealed class ExportFunnel(GetFunnel funnel, GetYearOnYear years, ITableFiles files)
{
    public async Task<FileContent> HandleAsync(UserScope scope, int fairId, FunnelTable table, TableFormat format, CancellationToken ct = default)
    {
        if (table == FunnelTable.YearOnYear)
        {
            var columns = await years.HandleAsync(scope, ct);
            var steps = scope.IsEmployer ? FunnelSteps.FromTalks : FunnelSteps.All;
            return files.Write(format, "messe-vergleich", "Vergleich",
                ["Messe", "Datum", .. steps.Select(s => s.German())],
                columns.Select(c => (IReadOnlyList<object?>)[c.Fair.Name, c.Fair.Date, .. steps.Select(s => Cell(c.Figures, c.Coverage, s))]));
        }

        var report = await funnel.HandleAsync(scope, fairId, ct);
        var (lines, what, name) = table switch
        {
            FunnelTable.Phases => (report.Phases, "Phase", "phasen"),
            FunnelTable.Agencies => (report.Agencies, "Agentur / Jobcenter", "agenturen"),
            FunnelTable.Employers => (report.Employers, "Unternehmen", "unternehmen"),
            _ => (report.Vacancies, "Stelle", "stellen"),
        };
        var tableSteps = table is FunnelTable.Employers or FunnelTable.Vacancies ? FunnelSteps.FromTalks : FunnelSteps.All;
        var baseStep = tableSteps[0];
        return files.Write(format, $"ergebnis-{name}-{report.Fair.Date:yyyy-MM-dd}", what,
            [what, .. tableSteps.Select(s => s.German()), $"Quote Gespräch geführt (% von {baseStep.German()})", $"Quote Vertrag (% von {baseStep.German()})"],
            lines.Select(l => (IReadOnlyList<object?>)
            [
                l.Name,
                .. tableSteps.Select(s => Cell(l.Figures, report.Coverage, s)),
                Rate(l.Figures, report.Coverage, FunnelStep.Talked, baseStep),
                ContractRate(l.Figures, report.Coverage, baseStep),
            ]));
    }

    private static object Cell(FunnelFigures figures, FunnelCoverage coverage, FunnelStep step) =>
        figures.Recorded(coverage, step) is { } count ? count : FunnelSteps.NotRecordedGerman;

    private static object Rate(FunnelFigures figures, FunnelCoverage coverage, FunnelStep step, FunnelStep baseStep) =>
        figures.Rate(coverage, step, baseStep) is { } rate ? Math.Round(rate, 1) : FunnelSteps.NotRecordedGerman;

    private static object ContractRate(FunnelFigures figures, FunnelCoverage coverage, FunnelStep baseStep) =>
        coverage.IsRecorded(FunnelStep.Jobs) && figures.Of(baseStep) > 0 ? Math.Round(100.0 * figures.Contracts / figures.Of(baseStep), 1) : FunnelSteps.NotRecordedGerman;
}
