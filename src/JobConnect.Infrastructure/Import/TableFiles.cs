using CsvHelper;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Ports;
using MiniExcelLibs;

namespace JobConnect.Infrastructure.Import;

/// <summary>The table-file port: <see cref="ImportFileReader"/> for uploads, CsvHelper and MiniExcel for every file JobConnect writes.</summary>
public sealed class TableFiles : ITableFiles
{
    /// <summary>German Excel: semicolons, UTF-8 with BOM; formulas escaped so a crafted name cannot run in Excel.</summary>
    private static readonly CsvWriterOptions GermanExcel = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public ImportTable Read(byte[] content, string fileName, ImportLimits limits) => ImportFileReader.Read(content, fileName, limits);

    public Task<ImportTable> ReadAsync(byte[] content, string fileName, ImportLimits limits, CancellationToken ct = default) =>
        ImportFileReader.ReadAsync(content, fileName, limits, ct);

    public byte[] WriteCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, GermanExcel, leaveOpen: true))
        {
            csv.WriteRecord([.. headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }
        return stream.ToArray();
    }

    public byte[] WriteXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sheet = rows.Select(r => headers.Select((h, i) => (h, r[i])).ToDictionary(c => c.h, c => c.Item2)).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes the header from the first row; an empty file still gets its header line.
            sheet.Add(headers.ToDictionary(h => h, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
