using JobConnect.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

public class TableTests
{
    [Fact]
    public void Long_table_breaks_across_pages_and_repeats_its_header_on_every_page()
    {
        var pages = PdfRead.PageTexts(SampleDocuments.CheckInList(150).ToPdf());

        Assert.True(pages.Count >= 4, $"expected the table to need several pages, got {pages.Count}");
        Assert.All(pages, p => Assert.Contains("Nr. Name Termine Uhrzeit Anwesend", p));
    }

    [Fact]
    public void Rows_stay_whole_and_none_is_lost_at_page_breaks()
    {
        const int rows = 150;
        var pages = PdfRead.PageTexts(SampleDocuments.CheckInList(rows).ToPdf());

        for (var i = 1; i <= rows; i++)
        {
            // Start and end of a (sometimes two-line) cell are on the same page, and only on one.
            var start = $"Zeile{i}Anfang";
            var end = $"Zeile{i}Ende";
            var pagesWithStart = pages.Select((text, index) => (text, index)).Where(p => p.text.Split(' ').Contains(start)).ToList();
            var page = Assert.Single(pagesWithStart).index;
            Assert.Contains(end, pages[page].Split(' '));
        }
    }

    [Fact]
    public void Column_widths_are_fixed_in_millimetres_or_share_the_rest()
    {
        var setup = PageSetup.A4Portrait with { Margins = Margins.All(20) };
        var pdf = new PdfDocumentBuilder().AddSection(setup, s => s.Add(
            new Table(TableColumn.Fixed(30), TableColumn.Relative(1), TableColumn.Relative(3)) { CellPaddingMm = 0 }
                .AddRow("A", "B", "C"))).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters.ToDictionary(l => l.Value, l => l.StartBaseLine.X);
        var mm = PdfRead.PointsPerMm;
        Assert.Equal(20 * mm, letters["A"], 0.5);
        Assert.Equal((20 + 30) * mm, letters["B"], 0.5);
        Assert.Equal((20 + 30 + 35) * mm, letters["C"], 0.5); // (210 - 40 - 30) / 4 = 35 mm
    }

    [Fact]
    public void Row_with_the_wrong_number_of_cells_is_rejected()
    {
        var table = new Table(TableColumn.Relative(), TableColumn.Relative());

        Assert.Throws<ArgumentException>(() => table.AddRow("nur eine Zelle"));
    }

    [Fact]
    public void Check_in_list_draws_an_empty_tick_box_per_row()
    {
        var pdf = SampleDocuments.CheckInList(5).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var boxSide = 3.5 * PdfRead.PointsPerMm;
        var boxes = document.GetPage(1).Paths
            .Where(p => p.IsStroked && !p.IsFilled)
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is { } b && Math.Abs(b.Width - boxSide) < 1 && Math.Abs(b.Height - boxSide) < 1)
            .ToList();
        Assert.Equal(5, boxes.Count);
    }
}
