using JobConnect.Infrastructure.Documents;
using SkiaSharp;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

public class PdfDocumentBuilderTests
{
    [Fact]
    public void German_characters_round_trip_in_extracted_text()
    {
        const string text = "Größe Äpfel Übermaß Öl süß Straße ÄÖÜäöüß 25,00 € „Zitat“ Anfang – Ende … ‚einfach‘ Ø Ł ș";
        var pdf = new PdfDocumentBuilder().AddSection(s => s
            .Paragraph(text)
            .Paragraph(TextSpan.Bold("Fett: "), new TextSpan("Müller & Söhne €"))).ToPdf();

        var words = PdfRead.PageTexts(pdf).Single();

        Assert.Contains(text, words);
        Assert.Contains("Fett: Müller & Söhne €", words);
    }

    [Fact]
    public void Characters_outside_the_font_lose_their_accent_or_become_a_question_mark()
    {
        // Cyrillic is in the font now (Russian and Ukrainian letters); Chinese is not.
        var pdf = new PdfDocumentBuilder().AddSection(s => s.Paragraph("Nguyễn Жанна 王芳")).ToPdf();

        Assert.Equal("Nguyen Жанна ??", PdfRead.PageTexts(pdf).Single());
    }

    [Fact]
    public void Text_uses_the_embedded_Noto_Sans_subset()
    {
        var pdf = new PdfDocumentBuilder().AddSection(s => s.Paragraph("Regulär").Paragraph("Fett", TextStyle.Strong)).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(fonts, f => f is not null && f.EndsWith("NotoSans-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f is not null && f.EndsWith("NotoSans-Bold", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, 595.28, 841.89)]
    [InlineData(true, 841.89, 595.28)]
    public void Page_has_the_A4_size_of_its_orientation(bool landscape, double width, double height)
    {
        var pdf = new PdfDocumentBuilder()
            .AddSection(landscape ? PageSetup.A4Landscape : PageSetup.A4Portrait, s => s.Paragraph("Seite"))
            .ToPdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(width, page.Width, 0.5);
        Assert.Equal(height, page.Height, 0.5);
    }

    [Theory]
    [InlineData(TextAlign.Left)]
    [InlineData(TextAlign.Justify)]
    [InlineData(TextAlign.Right)]
    public void Wrapping_keeps_every_word_in_order_and_inside_the_margins(TextAlign align)
    {
        var words = Enumerable.Range(1, 400).Select(i => i % 7 == 0 ? $"Donaudampfschifffahrt{i}" : $"wort{i}").ToList();
        var setup = PageSetup.A4Portrait with { Margins = Margins.All(30) };
        var pdf = new PdfDocumentBuilder().AddSection(setup, s => s.Paragraph(string.Join(" ", words), align: align)).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var extracted = pages.SelectMany(p => p.GetWords()).ToList();
        Assert.Equal(words, extracted.Select(w => w.Text));
        Assert.True(pages.Count > 1, "the text should need more than one page");
        var left = 30 * PdfRead.PointsPerMm;
        var right = (210 - 30) * PdfRead.PointsPerMm;
        Assert.All(extracted, w => Assert.InRange(w.BoundingBox.Left, left - 0.5, right));
        Assert.All(extracted, w => Assert.InRange(w.BoundingBox.Right, left, right + 0.5));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_instead_of_overflowing()
    {
        var longWord = string.Concat(Enumerable.Repeat("Rindfleischetikettierungsüberwachung", 6));
        var pdf = new PdfDocumentBuilder().AddSection(s => s.Paragraph($"Vorher {longWord} nachher")).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal($"Vorher{longWord}nachher", string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        Assert.True(page.GetWords().Count() > 3, "the long word should be split over several lines");
        Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= 595.28 - (15 * PdfRead.PointsPerMm) + 0.5));
    }

    [Fact]
    public void Footer_numbers_every_page_of_the_total()
    {
        var pdf = new PdfDocumentBuilder().AddSection(s =>
        {
            s.Footer(p => new Paragraph(p.Label, TextStyle.Small, TextAlign.Right));
            for (var i = 0; i < 120; i++)
            {
                s.Paragraph($"Absatz {i}: Die Messe bringt Jobsuchende und Unternehmen zusammen, die zueinander passen.");
            }
        }).ToPdf();

        var pages = PdfRead.PageTexts(pdf);

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"Seite {i + 1} von {pages.Count}", pages[i]);
        }
    }

    [Fact]
    public void Page_numbers_count_within_each_section()
    {
        var document = new PdfDocumentBuilder();
        SampleDocuments.AddLetter(document, 1);
        SampleDocuments.AddLetter(document, 2);

        var pages = PdfRead.PageTexts(document.ToPdf());

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Contains("Seite 1 von 1", p));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var pdf = new PdfDocumentBuilder().AddSection(s => s.Paragraph("eins").PageBreak().Paragraph("zwei")).ToPdf();

        Assert.Equal(["eins", "zwei"], PdfRead.PageTexts(pdf));
    }

    [Fact]
    public void Heading_moves_to_the_next_page_with_the_text_it_introduces()
    {
        var setup = PageSetup.A4Portrait with { Margins = Margins.All(20) };
        var pdf = new PdfDocumentBuilder().AddSection(setup, s =>
        {
            // Leave 14 mm: room for the heading (about 10.5 mm), not for the heading and a line of text.
            s.Add(new Spacer(297 - 20 - 20 - 14));
            s.Heading("Überschrift", 2);
            s.Paragraph("Der Text unter der Überschrift.");
        }).ToPdf();

        var pages = PdfRead.PageTexts(pdf);

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("Überschrift Der Text", pages[1]);
    }

    [Fact]
    public void Image_is_embedded_at_the_requested_width()
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var pdf = new PdfDocumentBuilder().AddSection(s => s.Add(new ImageBlock(png.ToArray(), 50))).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(50 * PdfRead.PointsPerMm, image.BoundingBox.Width, 0.5);
        Assert.Equal(25 * PdfRead.PointsPerMm, image.BoundingBox.Height, 0.5);
    }
}
