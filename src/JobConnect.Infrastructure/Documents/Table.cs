using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A column width: fixed in millimetres, or a share of the width the fixed columns leave.</summary>
public sealed record TableColumn(float Value, bool IsRelative)
{
    public static TableColumn Fixed(float mm) => new(mm, false);
    public static TableColumn Relative(float weight = 1) => new(weight, true);
}

public enum TableBorders { None, Horizontal, Grid }

public enum VerticalAlign { Top, Middle }

/// <summary>A cell: plain text (regular in body rows, bold in header rows) or any block.</summary>
public sealed class TableCell
{
    public TableCell(string text) => Text = text;

    public TableCell(Block content) => Content = content;

    public string? Text { get; }
    public Block? Content { get; }
    public TextAlign Align { get; init; }
    public SKColor? Background { get; init; }

    public static implicit operator TableCell(string text) => new(text);

    public static implicit operator TableCell(Block content) => new(content);

    internal Block ToBlock(TextStyle style) => Content ?? new Paragraph(Text ?? "", style, Align);
}

/// <summary>
/// A table whose rows stay whole: it breaks between rows, and its header rows repeat on every page.
/// </summary>
public sealed class Table(params TableColumn[] columns) : Block
{
    private readonly List<TableCell[]> _headerRows = [];
    private readonly List<TableCell[]> _rows = [];

    public IReadOnlyList<TableColumn> Columns { get; } = columns;
    public TableBorders Borders { get; init; } = TableBorders.Grid;
    public float BorderWidthPt { get; init; } = 0.5f;
    public SKColor BorderColor { get; init; } = new(0x8C, 0x8C, 0x8C);
    public float CellPaddingMm { get; init; } = 1.5f;
    public SKColor? HeaderBackground { get; init; } = new(0xE6, 0xE6, 0xE6);
    public SKColor? AlternateRowBackground { get; init; }
    public TextStyle TextStyle { get; init; } = TextStyle.Body;
    public VerticalAlign VerticalAlign { get; init; }

    public Table AddHeaderRow(params TableCell[] cells)
    {
        _headerRows.Add(CheckWidth(cells));
        return this;
    }

    public Table AddRow(params TableCell[] cells)
    {
        _rows.Add(CheckWidth(cells));
        return this;
    }

    private TableCell[] CheckWidth(TableCell[] cells) => cells.Length == Columns.Count
        ? cells
        : throw new ArgumentException($"The table has {Columns.Count} columns, the row {cells.Length} cells.", nameof(cells));

    internal override BlockLayout Layout(float width, LayoutContext context)
    {
        var widths = ColumnWidths(width);
        var padding = Units.Pt(CellPaddingMm);
        var headerStyle = TextStyle.AsBold();
        var style = new TableStyle(Borders, context.Stroke(BorderColor, BorderWidthPt), VerticalAlign, padding, widths);
        var header = _headerRows.Select(r => LayoutRow(r, headerStyle, HeaderBackground)).ToList();
        var rows = _rows.Select((r, i) => LayoutRow(r, TextStyle, i % 2 == 1 ? AlternateRowBackground : null)).ToList();
        return new TableLayout(style, header, rows);

        TableRowLayout LayoutRow(TableCell[] cells, TextStyle textStyle, SKColor? rowBackground)
        {
            var laid = cells.Select((cell, i) =>
            {
                var content = cell.ToBlock(textStyle).Layout(Math.Max(widths[i] - (2 * padding), 1), context);
                var background = cell.Background ?? rowBackground;
                return new TableCellLayout(content, background is { } color ? context.Fill(color) : null);
            }).ToList();
            return new TableRowLayout(laid, laid.Max(c => c.Content.Height) + (2 * padding));
        }
    }

    private float[] ColumnWidths(float width)
    {
        var fixedTotal = Columns.Where(c => !c.IsRelative).Sum(c => Units.Pt(c.Value));
        var weights = Columns.Where(c => c.IsRelative).Sum(c => c.Value);
        var rest = Math.Max(width - fixedTotal, 0);
        return [.. Columns.Select(c => c.IsRelative ? rest * c.Value / weights : Units.Pt(c.Value))];
    }
}

internal sealed record TableStyle(TableBorders Borders, SKPaint Border, VerticalAlign VerticalAlign, float Padding, float[] Widths);

internal sealed record TableCellLayout(BlockLayout Content, SKPaint? Background);

internal sealed record TableRowLayout(IReadOnlyList<TableCellLayout> Cells, float Height);

internal sealed class TableLayout(TableStyle style, IReadOnlyList<TableRowLayout> header, IReadOnlyList<TableRowLayout> rows) : BlockLayout
{
    private readonly float _headerHeight = header.Sum(r => r.Height);

    public override float Height => _headerHeight + rows.Sum(r => r.Height);

    public override float MinHeadHeight => _headerHeight + (rows.Count > 0 ? rows[0].Height : 0);

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        // Backgrounds, then content, then borders: a shaded row must not paint over its neighbour's border.
        ForEachCell(x, y, (row, cell, left, top, width) =>
        {
            if (cell.Background is { } background)
            {
                canvas.DrawRect(left, top, width, row.Height, background);
            }
        });
        ForEachCell(x, y, (row, cell, left, top, _) =>
        {
            var offset = style.VerticalAlign == VerticalAlign.Middle ? (row.Height - (2 * style.Padding) - cell.Content.Height) / 2 : 0;
            cell.Content.Draw(canvas, left + style.Padding, top + style.Padding + offset);
        });
        DrawBorders(canvas, x, y);
    }

    public override (BlockLayout Head, BlockLayout? Tail)? Split(float available)
    {
        var fit = 0;
        var used = _headerHeight;
        while (fit < rows.Count && used + rows[fit].Height <= available)
        {
            used += rows[fit].Height;
            fit++;
        }

        return fit == 0
            ? null
            : (new TableLayout(style, header, [.. rows.Take(fit)]),
               fit == rows.Count ? null : new TableLayout(style, header, [.. rows.Skip(fit)]));
    }

    private void ForEachCell(float x, float y, Action<TableRowLayout, TableCellLayout, float, float, float> action)
    {
        var top = y;
        foreach (var row in header.Concat(rows))
        {
            var left = x;
            for (var i = 0; i < row.Cells.Count; i++)
            {
                action(row, row.Cells[i], left, top, style.Widths[i]);
                left += style.Widths[i];
            }

            top += row.Height;
        }
    }

    private void DrawBorders(SKCanvas canvas, float x, float y)
    {
        if (style.Borders == TableBorders.None)
        {
            return;
        }

        var right = x + style.Widths.Sum();
        var bottom = y + Height;
        canvas.DrawLine(x, y, right, y, style.Border);
        var top = y;
        foreach (var row in header.Concat(rows))
        {
            top += row.Height;
            canvas.DrawLine(x, top, right, top, style.Border);
        }

        if (style.Borders == TableBorders.Grid)
        {
            var edge = x;
            canvas.DrawLine(edge, y, edge, bottom, style.Border);
            foreach (var width in style.Widths)
            {
                edge += width;
                canvas.DrawLine(edge, y, edge, bottom, style.Border);
            }
        }
    }
}
