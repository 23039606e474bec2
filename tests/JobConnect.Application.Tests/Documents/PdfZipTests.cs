using System.IO.Compression;
using JobConnect.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

public class PdfZipTests
{
    [Fact]
    public void Writes_each_document_as_a_readable_PDF_with_a_safe_unique_name()
    {
        var zip = PdfZip.Create([
            ("Müller, Jördis", SampleDocuments.Letter(1)),
            ("Müller, Jördis", SampleDocuments.Letter(2)),
            ("A/B: Test?.pdf", SampleDocuments.Letter(3)),
        ]);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(["Müller, Jördis.pdf", "Müller, Jördis (2).pdf", "A_B_ Test_.pdf"], archive.Entries.Select(e => e.FullName));
        for (var i = 0; i < archive.Entries.Count; i++)
        {
            using var entry = archive.Entries[i].Open();
            using var buffer = new MemoryStream();
            entry.CopyTo(buffer);
            using var pdf = PdfDocument.Open(buffer.ToArray());
            Assert.Contains($"JC-{i + 1:D5}", PdfRead.Words(pdf.GetPage(1)));
        }
    }
}
