using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using Microsoft.AspNetCore.Mvc;

namespace JobConnect.Web.Export;

public static class VacancyExportEndpoints
{
    /// <summary>GET /export/vacancies.xlsx|csv with the overview's filters as query parameters; organizers only.</summary>
    public static IEndpointRouteBuilder MapVacancyExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/vacancies.{format:regex(^(xlsx|csv)$)}", async (
                string format,
                [FromQuery] int? employer, [FromQuery] VacancyKind? kind, [FromQuery] string? area,
                [FromQuery] TargetGroup? group, [FromQuery] VacancyStatus? status, [FromQuery] string? q,
                HttpContext http, SearchVacancies search, VacancyExport export, TimeProvider clock, CancellationToken ct) =>
            {
                var filter = new VacancyFilter { EmployerId = employer, Kind = kind, OccupationArea = area, TargetGroup = group, Status = status, Text = q };
                var rows = (await search.HandleAsync(UserScope.FromPrincipal(http.User), new VacancyQuery(filter, VacancySort.Employer, Descending: false, PageSize: 0), ct)).Rows;
                var stamp = clock.FairToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return format == "xlsx"
                    ? Results.File(export.ToXlsx(rows), FileContent.Xlsx, $"stellenangebote-{stamp}.xlsx")
                    : Results.File(export.ToCsv(rows), FileContent.Csv, $"stellenangebote-{stamp}.csv");
            })
            .RequireAuthorization(Roles.Organizer);
        return app;
    }
}
