using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// Builds a PDF from sections of flowing blocks. Layout is two-pass: all pages are laid out first, so
/// headers and footers know the page count ("Seite 2 von 5").
/// </summary>
/// <example>
/// <code>
/// var pdf = new PdfDocumentBuilder { Title = "Teilnehmerliste" }
///     .AddSection(PageSetup.A4Landscape, s => s
///         .Footer(p => new Paragraph(p.Label, TextStyle.Small, TextAlign.Right))
///         .Heading("Teilnehmerliste")
///         .Add(table))
///     .ToPdf();
/// </code>
/// </example>
public sealed class PdfDocumentBuilder
{
    private readonly List<SectionBuilder> _sections = [];

    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }

    /// <summary>The natural language of the text (BCP 47, e.g. "de-DE", "ar"), declared for screen readers.</summary>
    public string? Language { get; init; }

    /// <summary>Creation date in the fair's time (the caller takes it from the fair clock); without it the PDF carries none.</summary>
    public DateTime? CreatedAt { get; init; }

    public int SectionCount => _sections.Count;

    public PdfDocumentBuilder AddSection(PageSetup page, Action<SectionBuilder> compose)
    {
        var section = new SectionBuilder(page);
        compose(section);
        _sections.Add(section);
        return this;
    }

    public PdfDocumentBuilder AddSection(Action<SectionBuilder> compose) => AddSection(PageSetup.A4Portrait, compose);

    public byte[] ToPdf()
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the PDF; the stream may be write-only (a ZIP entry, an HTTP response body).</summary>
    public void WriteTo(Stream destination)
    {
        if (Language is { Length: > 0 } language)
        {
            // The declaration is appended to the finished file, so it is built in memory first.
            using var buffer = new MemoryStream();
            Write(buffer);
            destination.Write(PdfLanguage.Declare(buffer.ToArray(), language));
            return;
        }

        Write(destination);
    }

    private void Write(Stream destination)
    {
        using var context = new LayoutContext();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = Title ?? "";
        metadata.Author = Author ?? "";
        metadata.Subject = Subject ?? "";
        metadata.Creator = "JobConnect";
        metadata.Producer = "JobConnect (SkiaSharp)";
        metadata.Creation = CreatedAt;
        metadata.Modified = CreatedAt;

        using var document = SKDocument.CreatePdf(destination, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        foreach (var section in _sections)
        {
            WriteSection(document, section, context);
        }

        document.Close();
    }

    private static void WriteSection(SKDocument document, SectionBuilder section, LayoutContext context)
    {
        var pages = Paginator.Paginate(section, context);
        var setup = section.Page;
        var left = Units.Pt(setup.Margins.Left);
        var width = Paginator.ContentWidth(setup);
        foreach (var page in pages)
        {
            var info = new PageInfo(page.Number, pages.Count);
            var canvas = document.BeginPage(Units.Pt(setup.WidthMm), Units.Pt(setup.HeightMm));
            if (page.Number == 1)
            {
                foreach (var placement in section.Placements)
                {
                    placement.Draw(canvas, context);
                }
            }

            section.HeaderFactory?.Invoke(info)?.Layout(width, context).Draw(canvas, left, Units.Pt(setup.Margins.Top));
            page.Draw(canvas, left, width);
            if (section.FooterFactory?.Invoke(info)?.Layout(width, context) is { } footer)
            {
                footer.Draw(canvas, left, Units.Pt(setup.HeightMm - setup.Margins.Bottom) - footer.Height);
            }

            document.EndPage();
        }
    }
}
