using JobConnect.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

public class LetterTests
{
    [Fact]
    public void Single_letter_stays_well_under_400_KB()
    {
        var pdf = SampleDocuments.Letter().ToPdf();

        Assert.InRange(pdf.Length, 1, 400 * 1024);
    }

    [Fact]
    public void Letters_for_a_whole_fair_in_one_PDF_stay_under_5_MB()
    {
        var document = new PdfDocumentBuilder();
        for (var i = 1; i <= 350; i++)
        {
            SampleDocuments.AddLetter(document, i);
        }

        var pdf = document.ToPdf();

        Assert.InRange(pdf.Length, 1, 5 * 1024 * 1024);
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(350, read.NumberOfPages);
        Assert.Contains("JC-00350", PdfRead.Words(read.GetPage(350)));
    }

    [Fact]
    public void Address_sits_in_the_window_of_a_DL_envelope()
    {
        using var document = PdfDocument.Open(SampleDocuments.Letter().ToPdf());
        var page = document.GetPage(1);
        var name = page.GetWords().First(w => w.Text == "Jördis");
        var mm = PdfRead.PointsPerMm;

        // Distances from the top-left corner; PDF coordinates grow upwards from the bottom.
        var fromLeft = name.BoundingBox.Left / mm;
        var fromTop = (page.Height - name.BoundingBox.Top) / mm;
        Assert.Equal(Din5008FormB.AddressTextLeft, fromLeft, 0.5);
        Assert.InRange(fromTop, Din5008FormB.RecipientTop, Din5008FormB.AddressFieldTop + Din5008FormB.AddressFieldHeight);
    }

    [Fact]
    public void Letter_body_starts_below_the_address_field()
    {
        using var document = PdfDocument.Open(SampleDocuments.Letter().ToPdf());
        var page = document.GetPage(1);
        var subject = page.GetWords().First(w => w.Text == "Einladung");

        var fromTop = (page.Height - subject.BoundingBox.Top) / PdfRead.PointsPerMm;
        Assert.InRange(fromTop, Din5008FormB.BodyTop, Din5008FormB.BodyTop + 5);
    }
}
