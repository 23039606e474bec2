using QRCoder;
using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A QR code drawn as vector rectangles: sharp at any print size, about 1 KB per code.</summary>
public sealed class QrCode(string payload, float sizeMm = 30) : Block
{
    public string Payload { get; } = payload;

    /// <summary>Side length including the quiet zone of four modules.</summary>
    public float SizeMm { get; } = sizeMm;

    public QRCodeGenerator.ECCLevel ErrorCorrection { get; init; } = QRCodeGenerator.ECCLevel.M;
    public HorizontalAlign Align { get; init; }

    /// <summary>The module matrix, quiet zone included; true is dark.</summary>
    public bool[,] Modules()
    {
        using var data = QRCodeGenerator.GenerateQrCode(Payload, ErrorCorrection);
        var matrix = data.ModuleMatrix;
        var modules = new bool[matrix.Count, matrix.Count];
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                modules[row, column] = matrix[row][column];
            }
        }

        return modules;
    }

    internal override BlockLayout Layout(float width, LayoutContext context)
    {
        var size = Math.Min(Units.Pt(SizeMm), width);
        var modules = Modules();
        var count = modules.GetLength(0);
        return new QrCodeLayout(Rectangles(modules), size, size / count, ImageBlock.Offset(Align, width, size), context.Fill(SKColors.Black));
    }

    /// <summary>
    /// Dark modules as rectangles in module units: horizontal runs, merged with an identical run in the
    /// row above. Separate "re f" operators with integer coordinates came out 3× smaller than one path.
    /// </summary>
    private static List<SKRect> Rectangles(bool[,] modules)
    {
        var count = modules.GetLength(0);
        var rectangles = new List<SKRect>();
        var openRuns = new Dictionary<(int Start, int End), int>();
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < count && modules[row, column])
                {
                    column++;
                }

                if (openRuns.TryGetValue((start, column), out var index) && (int)rectangles[index].Bottom == row)
                {
                    rectangles[index] = rectangles[index] with { Bottom = row + 1 };
                }
                else
                {
                    openRuns[(start, column)] = rectangles.Count;
                    rectangles.Add(new SKRect(start, row, column, row + 1));
                }
            }
        }

        return rectangles;
    }
}

internal sealed class QrCodeLayout(List<SKRect> rectangles, float size, float module, float offset, SKPaint paint) : BlockLayout
{
    public override float Height => size;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        canvas.Save();
        canvas.Translate(x + offset, y);
        canvas.Scale(module);
        foreach (var rectangle in rectangles)
        {
            canvas.DrawRect(rectangle, paint);
        }

        canvas.Restore();
    }
}
