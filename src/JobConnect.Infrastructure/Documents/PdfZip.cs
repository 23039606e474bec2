using System.IO.Compression;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Writes many PDFs as single files into one ZIP ("alle Anschreiben als ZIP").</summary>
public static class PdfZip
{
    private static readonly char[] s_invalid = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// Streams each document straight into its entry. File names are made safe for Windows and unique
    /// ("Müller.pdf", "Müller (2).pdf"); ".pdf" is added when missing.
    /// </summary>
    public static void Write(Stream destination, IEnumerable<(string FileName, PdfDocumentBuilder Document)> documents)
    {
        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fileName, document) in documents)
        {
            // PDF streams are already deflated; a second full compression would cost time for ~nothing.
            var entry = archive.CreateEntry(UniqueName(fileName, used), CompressionLevel.Fastest);
            using var stream = entry.Open();
            document.WriteTo(stream);
        }
    }

    public static byte[] Create(IEnumerable<(string FileName, PdfDocumentBuilder Document)> documents)
    {
        using var buffer = new MemoryStream();
        Write(buffer, documents);
        return buffer.ToArray();
    }

    private static string UniqueName(string fileName, HashSet<string> used)
    {
        var safe = new string([.. fileName.Select(c => char.IsControl(c) || s_invalid.Contains(c) ? '_' : c)]).Trim().TrimEnd('.');
        if (safe.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            safe = safe[..^4];
        }

        if (safe.Length == 0)
        {
            safe = "Dokument";
        }

        var name = $"{safe}.pdf";
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{safe} ({n}).pdf";
        }

        return name;
    }
}
