using JobConnect.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

public class QrCodeTests
{
    [Fact]
    public void QR_code_is_drawn_as_vector_modules_that_match_the_code_matrix()
    {
        var qr = new QrCode(SampleDocuments.CheckInUrl, 40);
        var setup = PageSetup.A4Portrait with { Margins = Margins.All(20) };
        var pdf = new PdfDocumentBuilder().AddSection(setup, s => s.Add(qr)).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Empty(page.GetImages());
        var rectangles = page.Paths.Where(p => p.IsFilled).SelectMany(p => p).Select(s => s.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().ToList();

        // Read the code back: sample the centre of every module and look for a filled rectangle there.
        var expected = qr.Modules();
        var count = expected.GetLength(0);
        var module = 40 * PdfRead.PointsPerMm / count;
        var left = 20 * PdfRead.PointsPerMm;
        var top = page.Height - (20 * PdfRead.PointsPerMm);
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                var x = left + ((column + 0.5) * module);
                var y = top - ((row + 0.5) * module);
                var dark = rectangles.Any(r => r.Left < x && x < r.Right && r.Bottom < y && y < r.Top);
                Assert.True(expected[row, column] == dark, $"module ({row}, {column}) should be {(expected[row, column] ? "dark" : "light")}");
            }
        }
    }

    [Fact]
    public void Module_matrix_includes_the_quiet_zone()
    {
        var modules = new QrCode("JC-00001").Modules();

        Assert.All(Enumerable.Range(0, modules.GetLength(0)), i => Assert.False(modules[0, i] || modules[i, 0]));
        Assert.True(modules[4, 4], "the finder pattern starts after four light modules");
    }
}
