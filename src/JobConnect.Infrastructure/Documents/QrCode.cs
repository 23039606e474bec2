using QRCoder;
using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

/// <summary>A QR code drawn as vector rectangles (sharp at any zoom and print size, a few hundred bytes).</summary>
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
        var module = size / count;
        var path = context.Own(new SKPath());
        for (var row = 0; row < count; row++)
        {
            // One rectangle per horizontal run of dark modules keeps the content stream short.
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

                path.AddRect(SKRect.Create(start * module, row * module, (column - start) * module, module));
            }
        }

        return new QrCodeLayout(path, size, ImageBlock.Offset(Align, width, size), context.Fill(SKColors.Black));
    }
}

internal sealed class QrCodeLayout(SKPath path, float size, float offset, SKPaint paint) : BlockLayout
{
    public override float Height => size;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        canvas.Save();
        canvas.Translate(x + offset, y);
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }
}
