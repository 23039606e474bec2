using System.Text;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Application.Tests.Jobseekers;
using JobConnect.Infrastructure.Import;

namespace JobConnect.Application.Tests.Export;

/// <summary>
/// Every CSV JobConnect hands out goes through one writer (TableFiles, CsvHelper) that escapes cells
/// Excel would run as formulas. The rejected-rows file is checked in JobseekerImportTests, the
/// vacancy export in the Web tests (VacancyExportTests).
/// </summary>
public sealed class CsvExportTests : IAsyncLifetime
{
    private readonly CaseloadFixture _f = new();
    private int _agency;

    public async ValueTask InitializeAsync()
    {
        await _f.InitializeAsync();
        _agency = (await _f.Db.InsertAsync(TestData.Agency())).Id;
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+49 561 1234")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void A_cell_Excel_would_run_as_a_formula_is_written_as_text(string cell)
    {
        var csv = Encoding.UTF8.GetString(new TableFiles().WriteCsv(["Name", "Ort"], [[cell, "Kassel"]]));

        Assert.DoesNotContain($";{cell}", csv.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain($"\n{cell}", csv.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"'{cell}", csv.Replace("\"\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_with_umlauts_and_separators_stays_as_it_is()
    {
        var bytes = new TableFiles().WriteCsv(["Name", "Ort"], [["Jördis Müller-Lüdenscheidt", "Kassel; Nord"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var table = new TableFiles().Read(bytes, "x.csv", ImportLimits.Default);
        Assert.Equal(["Jördis Müller-Lüdenscheidt", "Kassel; Nord"], table.Rows.Single().Cells);
    }

    [Fact]
    public async Task The_caseload_export_escapes_a_name_that_looks_like_a_formula()
    {
        var caseworker = CaseloadFixture.Caseworker(_agency);
        await _f.Save.HandleAsync(caseworker, null, CaseloadFixture.ValidInput("F-1", lastName: "=HYPERLINK(\"http://x\")"));

        var file = await _f.ExportList.HandleAsync(caseworker, new JobseekerListQuery());

        var text = Encoding.UTF8.GetString(file.Bytes);
        Assert.Equal("bewerber-export.csv", file.Name);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_is_written_by_the_same_writer_and_reads_back_as_an_import()
    {
        var template = _f.Import.Template();

        var table = new TableFiles().Read(template.Bytes, template.Name, ImportLimits.Default);
        Assert.Equal(JobseekerColumn.Headers, table.Headers);
        Assert.Single(table.Rows);
    }
}
