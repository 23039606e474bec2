using System.Globalization;
using System.Text;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Web.Components.Shared;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace JobConnect.Web.Export;

/// <summary>The organizers' vacancy list as a file: XLSX via MiniExcel, or CSV the way German Excel opens it.</summary>
public sealed class VacancyExport(IStringLocalizer<SharedResource> l)
{
    private IReadOnlyList<(string Header, Func<VacancyRow, object?> Value)> Columns =>
    [
        (l["Export.Id"], r => r.Id),
        (l["Vacancy.Employer"], r => r.EmployerName),
        (l["Vacancy.Kind"], r => l[$"VacancyKind.{r.Kind}"].Value),
        (l["Vacancy.Title"], r => r.Title),
        (l["Export.KldbCode"], r => r.KldbCode),
        (l["Overview.Occupation"], r => r.OccupationTitle),
        (l["Vacancy.Openings"], r => r.Openings),
        (l["Vacancy.Postcode"], r => r.Postcode),
        (l["Vacancy.WorkingTime"], r => l.WorkingTimes(r.WorkingTime)),
        (l["Vacancy.StartDate"], r => r.StartDate.ToDateTime(TimeOnly.MinValue)),
        (l["Vacancy.GermanLevel"], r => l[$"Cefr.{r.GermanLevel}"].Value),
        (l["Vacancy.DrivingLicence"], r => r.DrivingLicenceRequired ? l["Common.Yes"].Value : l["Common.No"].Value),
        (l["Vacancy.SchoolCertificate"], r => r.MinimumSchoolCertificate is { } s ? l[$"School.{s}"].Value : ""),
        (l["Vacancy.Phases"], r => l.Phases(r.Phases)),
        (l["Vacancy.Status"], r => l[$"VacancyStatus.{r.Status}"].Value),
        (l["Export.MustHave"], r => string.Join(", ", r.MustHaveSkills)),
        (l["Export.NiceToHave"], r => string.Join(", ", r.NiceToHaveSkills)),
    ];

    public byte[] ToXlsx(IEnumerable<VacancyRow> rows)
    {
        var columns = Columns;
        var sheet = rows.Select(r => columns.ToDictionary(c => c.Header, c => c.Value(r))).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes the header from the first row; an empty export still gets its header line.
            sheet.Add(columns.ToDictionary(c => c.Header, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: l["Nav.Vacancies"], excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Semicolon-separated UTF-8 with BOM: German Excel opens it with umlauts intact.</summary>
    public byte[] ToCsv(IEnumerable<VacancyRow> rows)
    {
        var columns = Columns;
        var culture = CultureInfo.GetCultureInfo("de-DE");
        var text = new StringBuilder();
        text.AppendJoin(';', columns.Select(c => Field(c.Header))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(';', columns.Select(c => Field(c.Value(row) switch
            {
                DateTime d => d.ToString("dd.MM.yyyy", culture),
                IFormattable f => f.ToString(null, culture),
                var v => v?.ToString() ?? "",
            }))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value)
    {
        // Cells starting with these would run as formulas in Excel (CSV injection).
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
