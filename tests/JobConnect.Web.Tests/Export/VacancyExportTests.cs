using System.Globalization;
using System.IO.Compression;
using System.Text;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using JobConnect.Infrastructure.Import;
using JobConnect.Web.Export;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobConnect.Web.Tests.Export;

/// <summary>The organizers' vacancy export: a title an employer typed cannot run as a formula in Excel, in CSV or XLSX.</summary>
public sealed class VacancyExportTests
{
    private const string Formula = "=HYPERLINK(\"http://x\";\"Klick\")";

    private static VacancyExport Export()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new VacancyExport(new StringLocalizer<SharedResource>(factory), new TableFiles());
    }

    private static VacancyRow Row(string title) => new(1, "@Firma", VacancyKind.Job, title, "24232", "Zerspanung", 2, "34117", WorkingTime.FullTime,
        new DateOnly(2027, 8, 1), CefrLevel.B1, false, null, TargetGroups.Adults, VacancyStatus.Reported, ["-Schweißen"], [], DateTime.UnixEpoch);

    [Fact]
    public void The_csv_escapes_formulas_and_keeps_German_dates()
    {
        var text = Encoding.UTF8.GetString(Export().ToCsv([Row(Formula)]));

        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'@Firma", text, StringComparison.Ordinal);
        Assert.Contains("'-Schweißen", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains(";01.08.2027;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_stores_the_title_as_text_not_as_a_formula()
    {
        using var zip = new ZipArchive(new MemoryStream(Export().ToXlsx([Row(Formula)])));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = reader.ReadToEnd();

        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", xml + SharedStrings(zip), StringComparison.Ordinal);
    }

    private static string SharedStrings(ZipArchive zip)
    {
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return "";
        }
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
