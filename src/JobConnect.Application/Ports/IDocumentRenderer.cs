using JobConnect.Application.Common;

namespace JobConnect.Application.Ports;

/// <summary>
/// Content a document can show: a record a use case loaded and scoped (a letter, a booth schedule, a
/// check-in list …). The renderer knows how each kind is laid out on paper.
/// </summary>
public interface IPrintable;

/// <summary>One PDF: a section per part, in order (e.g. one letter each, so page numbers restart).</summary>
public sealed record PrintDocument(string Title, IReadOnlyList<IPrintable> Parts);

/// <summary>A document as a file of a ZIP, e.g. "Einladung Muster Alex 4711".</summary>
public sealed record PrintFile(string Name, PrintDocument Document);

/// <summary>Port: turns printable content into PDF files. Implemented in Infrastructure (SkiaSharp).</summary>
public interface IDocumentRenderer
{
    byte[] Render(PrintDocument document);

    /// <summary>
    /// The documents as single PDFs in one ZIP, each rendered only when it is written (memory stays
    /// flat), reporting every written file; stops between files when <paramref name="ct"/> fires.
    /// </summary>
    byte[] RenderZip(IReadOnlyList<PrintFile> files, IProgress<DocumentProgress>? progress, CancellationToken ct);
}
