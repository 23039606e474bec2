using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;

namespace JobConnect.Application.Features.Reports;

/// <summary>The one-page summary for partners and the press: the fair's funnel, its phases, and the earlier fairs beside it.</summary>
public sealed record FunnelSummary(FunnelReport Report, IReadOnlyList<YearColumn> Years) : IPrintable;

/// <summary>
/// The summary PDF of a fair in the user's scope (organizers: the whole fair; an agency: its share;
/// a company: its own figures), drawn by the document port.
/// </summary>
public sealed class PrintFunnelSummary(GetFunnel funnel, GetYearOnYear years, IDocumentRenderer renderer)
{
    public async Task<FileContent> HandleAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        var report = await funnel.HandleAsync(scope, fairId, ct);
        var columns = await years.HandleAsync(scope, ct);
        var summary = new FunnelSummary(report, [.. columns.Where(c => c.Fair.Date <= report.Fair.Date).TakeLast(4)]);
        var pdf = renderer.Render(new PrintDocument($"Ergebnis {report.Fair.Name}", [summary]));
        return new FileContent($"ergebnis-{report.Fair.Date:yyyy-MM-dd}.pdf", FileContent.Pdf, pdf);
    }
}
