using System.IO.Compression;
using System.Text;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Infrastructure.Import;

namespace JobConnect.Application.Tests.Jobseekers;

/// <summary>
/// Crafted workbooks that cost MiniExcel minutes of CPU are refused before it reads them (ASVS V5.2):
/// a cell in column XFD widens every row to 16,384 cells.
/// </summary>
public sealed class WorkbookLimitsTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(50_000)]
    public void A_workbook_with_one_cell_per_row_in_column_XFD_is_refused_before_it_is_read(int rows)
    {
        var file = Workbook(rows, row => $"<c r=\"XFD{row}\" t=\"inlineStr\"><is><t>x</t></is></c>", dimension: $"A1:XFD{rows}");

        var error = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(file, "bewerber.xlsx", ImportLimits.Default, TestContext.Current.CancellationToken));

        Assert.Equal((ImportKeys.TooManyColumns, 100), (error.MessageKey, (int)error.Args[0]));
    }

    [Fact]
    public void A_false_dimension_does_not_hide_a_far_right_cell()
    {
        var file = Workbook(3, row => row == 3 ? "<c r=\"AAA3\"><v>1</v></c>" : $"<c r=\"A{row}\"><v>1</v></c>", dimension: "A1:A3");

        var error = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(file, "bewerber.xlsx", ImportLimits.Default, TestContext.Current.CancellationToken));

        Assert.Equal(ImportKeys.TooManyColumns, error.MessageKey);
    }

    [Fact]
    public void Cells_and_rows_beyond_the_limits_are_refused_from_the_sheet_xml()
    {
        var file = Workbook(30, row => string.Concat(Enumerable.Range(0, 10).Select(c => $"<c r=\"{(char)('A' + c)}{row}\"><v>{c}</v></c>")), dimension: "A1:J30");

        var cells = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(file, "b.xlsx", new ImportLimits(MaxCells: 99), TestContext.Current.CancellationToken));
        var rows = Assert.Throws<ImportFileException>(() => ImportFileReader.Read(file, "b.xlsx", new ImportLimits(MaxRows: 10), TestContext.Current.CancellationToken));

        Assert.Equal(ImportKeys.TooManyCells, cells.MessageKey);
        Assert.Equal(ImportKeys.TooManyRows, rows.MessageKey);
    }

    [Fact]
    public async Task Reading_that_outlasts_the_time_limit_stops_with_a_message()
    {
        var file = Workbook(2_000, row => $"<c r=\"A{row}\" t=\"inlineStr\"><is><t>K-{row}</t></is></c>", dimension: "A1:A2000");

        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            ImportFileReader.ReadAsync(file, "b.xlsx", ImportLimits.Default with { MaxReadTime = TimeSpan.Zero }, TestContext.Current.CancellationToken));

        Assert.Equal(ImportKeys.TooSlow, error.MessageKey);
    }

    [Fact]
    public async Task An_ordinary_workbook_still_reads_off_the_calling_thread()
    {
        var file = Workbook(3, row => $"<c r=\"A{row}\" t=\"inlineStr\"><is><t>{(row == 1 ? "Kundennummer" : $"K-{row}")}</t></is></c>", dimension: "A1:A3");

        var table = await ImportFileReader.ReadAsync(file, "b.xlsx", ImportLimits.Default, TestContext.Current.CancellationToken);

        Assert.Equal(["Kundennummer"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
    }

    /// <summary>The smallest XLSX Excel and MiniExcel accept, with the given cells per row.</summary>
    private static byte[] Workbook(int rows, Func<int, string> cellsOfRow, string dimension)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Bewerber" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>""");
            for (var row = 1; row <= rows; row++)
            {
                sheet.Append($"<row r=\"{row}\">").Append(cellsOfRow(row)).Append("</row>");
            }
            Add("xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
        }
        return buffer.ToArray();
    }
}
