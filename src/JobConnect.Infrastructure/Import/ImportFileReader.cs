using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using JobConnect.Application.Features.Jobseekers.Import;
using MiniExcelLibs;

namespace JobConnect.Infrastructure.Import;

/// <summary>
/// Reads CSV and XLSX files as caseworkers have them (German Excel: semicolons, UTF-8 with or without
/// BOM or Windows-1252, quoted fields with line breaks) into an <see cref="ImportTable"/>.
/// Everything that makes the whole file unusable becomes one <see cref="ImportFileException"/>.
/// </summary>
public static class ImportFileReader
{
    /// <summary>A real XLSX of 50,000 rows unpacks to well under this; more means a zip bomb.</summary>
    private const long MaxUnpackedBytes = 300L * 1024 * 1024;
    private const int MaxCompressionRatio = 200;
    private const int MaxZipEntries = 1_000;

    static ImportFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Reads the file on the thread pool — never on a Blazor circuit — and gives up after
    /// <see cref="ImportLimits.MaxReadTime"/> with a clear message.
    /// </summary>
    public static async Task<ImportTable> ReadAsync(byte[] content, string fileName, ImportLimits limits, CancellationToken ct = default)
    {
        // A source made with its delay (not CancelAfter) is already cancelled when the limit is zero.
        using var limit = new CancellationTokenSource(limits.MaxReadTime);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        try
        {
            return await Task.Run(() => Read(content, fileName, limits, timeout.Token), timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ImportFileException(ImportKeys.TooSlow, (int)limits.MaxReadTime.TotalSeconds);
        }
    }

    public static ImportTable Read(byte[] content, string fileName, ImportLimits limits, CancellationToken ct = default)
    {
        if (content.LongLength > limits.MaxBytes)
        {
            throw new ImportFileException(ImportKeys.TooLarge, limits.MaxBytes / (1024 * 1024));
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return (extension, isZip) switch
        {
            (".xlsx", true) or (_, true) => ReadXlsx(content, limits, ct),
            (".xlsx" or ".xls", false) => throw new ImportFileException(ImportKeys.UnknownFormat),
            _ => ReadCsv(content, limits),
        };
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise Windows-1252 (Excel "CSV (Trennzeichen-getrennt)").</summary>
    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return new UTF8Encoding(false).GetString(content, 3, content.Length - 3);
        }
        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    private static ImportTable ReadCsv(byte[] content, ImportLimits limits)
    {
        var text = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFileException(ImportKeys.Unreadable);
        }
        // Separator left open: CsvHelper detects ; , tab or | (German Excel writes semicolons).
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = 1024 * 1024,
        };
        using var reader = CsvReader.FromText(text, options);
        List<string>? headers = null;
        var rows = new List<ImportRow>();
        var blank = 0;
        while (reader.Read())
        {
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = reader.GetString(i) ?? "";
            }
            if (record.All(string.IsNullOrWhiteSpace))
            {
                // Excel writes empty rows as ";;;;": not data, but counted so nothing vanishes unseen.
                blank += headers is null ? 0 : 1;
                continue;
            }
            if (headers is null)
            {
                headers = [.. record];
                continue;
            }
            if (rows.Count == limits.MaxRows)
            {
                throw new ImportFileException(ImportKeys.TooManyRows, limits.MaxRows);
            }
            rows.Add(new ImportRow((int)reader.LineNumber, record));
        }
        return headers is null ? throw new ImportFileException(ImportKeys.Empty) : new ImportTable(headers, rows, blank);
    }

    private static ImportTable ReadXlsx(byte[] content, ImportLimits limits, CancellationToken ct)
    {
        CheckZip(content);
        try
        {
            WorkbookShape.Check(content, limits, ct);
        }
        catch (XmlException)
        {
            throw new ImportFileException(ImportKeys.Unreadable);
        }
        List<IDictionary<string, object?>> sheet;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            sheet = [];
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                ct.ThrowIfCancellationRequested();
                if (sheet.Count > limits.MaxRows + 1)
                {
                    throw new ImportFileException(ImportKeys.TooManyRows, limits.MaxRows);
                }
                sheet.Add(row);
            }
        }
        catch (Exception error) when (error is ImportFileException or OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            throw new ImportFileException(ImportKeys.Unreadable);
        }

        List<string>? headers = null;
        var keys = new List<string>();
        var rows = new List<ImportRow>();
        var blank = 0;
        for (var i = 0; i < sheet.Count; i++)
        {
            var cells = sheet[i].Values.Select(Cell).ToList();
            if (headers is null)
            {
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                headers = cells;
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                blank++;
                continue;
            }
            if (rows.Count == limits.MaxRows)
            {
                throw new ImportFileException(ImportKeys.TooManyRows, limits.MaxRows);
            }
            rows.Add(new ImportRow(i + 1, cells));
        }
        return headers is null ? throw new ImportFileException(ImportKeys.Empty) : new ImportTable(headers, rows, blank);
    }

    /// <summary>Refuses archives that would unpack to far more than any real workbook.</summary>
    private static void CheckZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                throw new ImportFileException(ImportKeys.ZipBomb);
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / entry.CompressedLength;
                if (total > MaxUnpackedBytes || (entry.Length > 1024 * 1024 && ratio > MaxCompressionRatio))
                {
                    throw new ImportFileException(ImportKeys.ZipBomb);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(ImportKeys.Unreadable);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nein",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
