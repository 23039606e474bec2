using System.Globalization;
using JobConnect.Application.Ports;

namespace JobConnect.Application.Common;

/// <summary>The two table-file formats a list can be downloaded in.</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>One table as a CSV or XLSX download: typed cells stay typed in XLSX and are written the German way in CSV.</summary>
public static class TableFile
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <param name="name">File name without extension.</param>
    public static FileContent Write(this ITableFiles files, TableFormat format, string name, string sheet,
        IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) => format == TableFormat.Xlsx
        ? new FileContent($"{name}.xlsx", FileContent.Xlsx, files.WriteXlsx(sheet, headers, rows))
        : new FileContent($"{name}.csv", FileContent.Csv, files.WriteCsv(headers, rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Text)])));

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd.MM.yyyy", German),
        DateTime t => t.ToString("dd.MM.yyyy HH:mm", German),
        TimeOnly t => t.ToString("HH:mm", German),
        double d => d.ToString("0.0", German),
        IFormattable f => f.ToString(null, German),
        _ => value.ToString() ?? "",
    };
}
