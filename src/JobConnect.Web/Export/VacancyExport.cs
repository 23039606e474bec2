using System.Globalization;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Ports;
using JobConnect.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Export;

/// <summary>The organizers' vacancy list as a file in the user's language: XLSX, or CSV the way German Excel opens it.</summary>
public sealed class VacancyExport(IStringLocalizer<SharedResource> l, ITableFiles files)
{
    private IReadOnlyList<(string Header, Func<VacancyRow, object?> Value)> Columns =>
    [
        (l["Export.Id"], r => r.Id),
        (l["Vacancy.Employer"], r => r.EmployerName),
        (l["Vacancy.Kind"], r => l.Enum(r.Kind)),
        (l["Vacancy.Title"], r => r.Title),
        (l["Export.KldbCode"], r => r.KldbCode),
        (l["Overview.Occupation"], r => r.OccupationTitle),
        (l["Vacancy.Openings"], r => r.Openings),
        (l["Vacancy.Postcode"], r => r.Postcode),
        (l["Vacancy.WorkingTime"], r => l.Flags(r.WorkingTime)),
        (l["Vacancy.StartDate"], r => r.StartDate.ToDateTime(TimeOnly.MinValue)),
        (l["Vacancy.GermanLevel"], r => l.GermanRequirement(r.GermanLevel)),
        (l["Vacancy.DrivingLicence"], r => r.DrivingLicenceRequired ? l["Common.Yes"].Value : l["Common.No"].Value),
        (l["Vacancy.SchoolCertificate"], r => r.MinimumSchoolCertificate is { } s ? l.SchoolRequirement(s) : ""),
        (l["Vacancy.Phases"], r => l.Groups(r.Phases)),
        (l["Vacancy.Status"], r => l.Enum(r.Status)),
        (l["Export.MustHave"], r => string.Join(", ", r.MustHaveSkills)),
        (l["Export.NiceToHave"], r => string.Join(", ", r.NiceToHaveSkills)),
    ];

    public byte[] ToXlsx(IEnumerable<VacancyRow> rows)
    {
        var columns = Columns;
        return files.WriteXlsx(l["Nav.Vacancies"], [.. columns.Select(c => c.Header)], rows.Select(r => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(r))]));
    }

    /// <summary>German Excel's CSV (through the one CSV writer): dates as dd.MM.yyyy, numbers in German format.</summary>
    public byte[] ToCsv(IEnumerable<VacancyRow> rows)
    {
        var columns = Columns;
        var culture = CultureInfo.GetCultureInfo("de-DE");
        return files.WriteCsv([.. columns.Select(c => c.Header)], rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(r) switch
        {
            DateTime d => d.ToString("dd.MM.yyyy", culture),
            IFormattable f => f.ToString(null, culture),
            var v => v?.ToString() ?? "",
        })]));
    }
}
