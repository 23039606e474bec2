using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>Blocks one below the other (for table cells, headers and footers); splits between and inside its blocks.</summary>
public sealed class Stack(params Block[] blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    public float SpacingMm { get; init; }

    internal override BlockLayout Layout(float width, LayoutContext context) =>
        new StackLayout([.. Blocks.Select(b => b.Layout(width, context))], Units.Pt(SpacingMm));
}

internal sealed class StackLayout(IReadOnlyList<BlockLayout> items, float spacing) : BlockLayout
{
    public override float Height { get; } = items.Sum(i => i.Height) + (spacing * Math.Max(items.Count - 1, 0));

    public override float MinHeadHeight => items.Count > 0 ? items[0].MinHeadHeight : 0;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        foreach (var item in items)
        {
            item.Draw(canvas, x, y);
            y += item.Height + spacing;
        }
    }

    public override (BlockLayout Head, BlockLayout? Tail)? Split(float available)
    {
        var used = 0f;
        for (var i = 0; i < items.Count; i++)
        {
            if (used + items[i].Height > available)
            {
                var inner = items[i].Split(available - used);
                if (inner is { } split)
                {
                    List<BlockLayout> tail = split.Tail is null ? [] : [split.Tail];
                    return (new StackLayout([.. items.Take(i), split.Head], spacing), Rest([.. tail, .. items.Skip(i + 1)]));
                }

                return i == 0 ? null : (new StackLayout([.. items.Take(i)], spacing), Rest([.. items.Skip(i)]));
            }

            used += items[i].Height + spacing;
        }

        return (this, null);
    }

    private StackLayout? Rest(List<BlockLayout> rest) => rest.Count == 0 ? null : new StackLayout(rest, spacing);
}

/// <summary>Blocks side by side in relative widths (weights default to equal), e.g. a footer with text left and page number right.</summary>
public sealed class Row(params Block[] blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    public IReadOnlyList<float>? Weights { get; init; }
    public float GapMm { get; init; } = 4;

    internal override BlockLayout Layout(float width, LayoutContext context)
    {
        var weights = Weights ?? [.. Blocks.Select(_ => 1f)];
        if (weights.Count != Blocks.Count)
        {
            throw new InvalidOperationException($"The row has {Blocks.Count} blocks but {weights.Count} weights.");
        }

        var gap = Units.Pt(GapMm);
        var usable = width - (gap * Math.Max(Blocks.Count - 1, 0));
        var total = weights.Sum();
        var x = 0f;
        var cells = new List<(BlockLayout Layout, float X)>();
        for (var i = 0; i < Blocks.Count; i++)
        {
            var cellWidth = usable * weights[i] / total;
            cells.Add((Blocks[i].Layout(cellWidth, context), x));
            x += cellWidth + gap;
        }

        return new RowLayout(cells);
    }
}

internal sealed class RowLayout(IReadOnlyList<(BlockLayout Layout, float X)> cells) : BlockLayout
{
    public override float Height { get; } = cells.Count == 0 ? 0 : cells.Max(c => c.Layout.Height);

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        foreach (var (layout, offset) in cells)
        {
            layout.Draw(canvas, x + offset, y);
        }
    }
}
