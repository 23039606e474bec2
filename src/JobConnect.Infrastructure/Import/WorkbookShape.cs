using System.IO.Compression;
using System.Xml;
using JobConnect.Application.Features.Jobseekers.Import;

namespace JobConnect.Infrastructure.Import;

/// <summary>
/// Measures a workbook's sheets before MiniExcel reads them: the widest column, the cells and the
/// rows, streamed straight from the sheet XML. MiniExcel widens every row to the rightmost column
/// used anywhere, so a 1.7 KB file with one cell in column XFD per row costs minutes of CPU; such a
/// file is refused here in milliseconds.
/// </summary>
internal static class WorkbookShape
{
    public static void Check(byte[] content, ImportLimits limits, CancellationToken ct)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                                                     && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            CheckSheet(entry, limits, ct);
        }
    }

    private static void CheckSheet(ZipArchiveEntry sheet, ImportLimits limits, CancellationToken ct)
    {
        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        long cells = 0;
        var rows = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (xml.LocalName)
            {
                case "dimension" when xml.GetAttribute("ref") is { } range:
                    // "A1:XFD20": the declared extent; a lie here is caught cell by cell below.
                    CheckColumn(range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..], limits);
                    break;
                case "row":
                    if (++rows > limits.MaxRows + 1)
                    {
                        throw new ImportFileException(ImportKeys.TooManyRows, limits.MaxRows);
                    }
                    ct.ThrowIfCancellationRequested();
                    break;
                case "c":
                    if (++cells > limits.MaxCells)
                    {
                        throw new ImportFileException(ImportKeys.TooManyCells, limits.MaxCells);
                    }
                    if (xml.GetAttribute("r") is { } reference)
                    {
                        CheckColumn(reference, limits);
                    }
                    break;
            }
        }
    }

    private static void CheckColumn(string cellReference, ImportLimits limits)
    {
        var column = 0;
        foreach (var c in cellReference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > limits.MaxColumns)
            {
                throw new ImportFileException(ImportKeys.TooManyColumns, limits.MaxColumns);
            }
        }
    }
}
