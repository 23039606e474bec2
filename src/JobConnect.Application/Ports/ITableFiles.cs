using JobConnect.Application.Features.Jobseekers.Import;

namespace JobConnect.Application.Ports;

/// <summary>
/// Port: table files as caseworkers and organizers use them in German Excel. Implemented in
/// Infrastructure (CsvHelper, MiniExcel); every CSV JobConnect writes goes through <see cref="WriteCsv"/>.
/// </summary>
public interface ITableFiles
{
    /// <summary>
    /// Reads a CSV or XLSX upload on the thread pool (never on a Blazor circuit), within
    /// <see cref="ImportLimits.MaxReadTime"/>; <see cref="ImportFileException"/> when the whole file is unusable.
    /// </summary>
    Task<ImportTable> ReadAsync(byte[] content, string fileName, ImportLimits limits, CancellationToken ct = default);

    /// <summary>Semicolons, UTF-8 with BOM; a cell that would run as a formula in Excel is escaped.</summary>
    byte[] WriteCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>One sheet; numbers and dates stay typed so Excel can sort and sum them.</summary>
    byte[] WriteXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows);
}
