using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A laid-out page: the flowing content placed between header and footer.</summary>
internal sealed class PageLayout(int number, float top, float bottom)
{
    private readonly List<(BlockLayout Layout, float Y, bool Clip)> _items = [];

    public int Number { get; } = number;
    public float Top { get; } = top;
    public float Bottom { get; } = bottom;
    public float Cursor { get; private set; } = top;
    public bool IsEmpty => _items.Count == 0;

    public void Place(BlockLayout layout)
    {
        _items.Add((layout, Cursor, layout.Height > Bottom - Cursor));
        Cursor += layout.Height;
    }

    public void Draw(SKCanvas canvas, float left, float width)
    {
        foreach (var (layout, y, clip) in _items)
        {
            if (clip)
            {
                // Taller than a whole page: cut off rather than paint over the footer.
                canvas.Save();
                canvas.ClipRect(new SKRect(left, Top, left + width, Bottom));
                layout.Draw(canvas, left, y);
                canvas.Restore();
            }
            else
            {
                layout.Draw(canvas, left, y);
            }
        }
    }
}

/// <summary>
/// First layout pass: flows a section's blocks onto pages. Headers and footers are measured with a
/// provisional page count here and drawn with the real one in the second pass.
/// </summary>
internal static class Paginator
{
    private const float Tolerance = 0.01f;

    public static List<PageLayout> Paginate(SectionBuilder section, LayoutContext context)
    {
        var setup = section.Page;
        var width = ContentWidth(setup);
        var layouts = section.Blocks.Select(b => b.Layout(width, context)).ToList();
        var pages = new List<PageLayout>();
        var page = NewPage();

        for (var i = 0; i < layouts.Count; i++)
        {
            BlockLayout? current = layouts[i];
            if (current is PageBreakLayout)
            {
                if (!page.IsEmpty)
                {
                    page = NewPage();
                }

                continue;
            }

            var next = i + 1 < layouts.Count && layouts[i + 1] is not PageBreakLayout ? layouts[i + 1] : null;
            while (current is not null)
            {
                var available = page.Bottom - page.Cursor;
                var needed = current.Height + (current.KeepWithNext && next is not null ? next.MinHeadHeight : 0);
                if (needed <= available + Tolerance || (page.IsEmpty && current.Height <= available + Tolerance))
                {
                    page.Place(current);
                    current = null;
                }
                else if (current is SpacerLayout)
                {
                    page = NewPage();
                    current = null;
                }
                else if (current.Height > available && current.Split(available) is { } split)
                {
                    page.Place(split.Head);
                    current = split.Tail;
                    if (current is not null)
                    {
                        page = NewPage();
                    }
                }
                else if (page.IsEmpty)
                {
                    page.Place(current);
                    current = null;
                }
                else
                {
                    page = NewPage();
                }
            }
        }

        return pages;

        PageLayout NewPage()
        {
            var number = pages.Count + 1;
            var info = new PageInfo(number, number);
            var gap = Units.Pt(setup.HeaderFooterGapMm);
            var header = section.HeaderFactory?.Invoke(info)?.Layout(width, context).Height;
            var footer = section.FooterFactory?.Invoke(info)?.Layout(width, context).Height;
            var top = Units.Pt(setup.Margins.Top) + (header is { } h ? h + gap : 0);
            if (number == 1 && section.FirstPageTopMm is { } firstTop)
            {
                top = Math.Max(top, Units.Pt(firstTop));
            }

            var bottom = Units.Pt(setup.HeightMm - setup.Margins.Bottom) - (footer is { } f ? f + gap : 0);
            var created = new PageLayout(number, top, bottom);
            pages.Add(created);
            return created;
        }
    }

    public static float ContentWidth(PageSetup setup) => Units.Pt(setup.WidthMm - setup.Margins.Left - setup.Margins.Right);
}
