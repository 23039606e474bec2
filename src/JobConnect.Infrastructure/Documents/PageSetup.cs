namespace JobConnect.Infrastructure.Documents;

/// <summary>Page margins in millimetres.</summary>
public sealed record Margins(float Top, float Right, float Bottom, float Left)
{
    public static Margins All(float mm) => new(mm, mm, mm, mm);
}

/// <summary>Page size and margins in millimetres; font sizes and line widths elsewhere are in points.</summary>
public sealed record PageSetup(float WidthMm, float HeightMm)
{
    public static PageSetup A4Portrait { get; } = new(210, 297);
    public static PageSetup A4Landscape { get; } = new(297, 210);

    public Margins Margins { get; init; } = new(15, 15, 15, 20);

    /// <summary>Space between the header or footer and the flowing content.</summary>
    public float HeaderFooterGapMm { get; init; } = 4;
}

/// <summary>Page number and page count within a section, for headers and footers.</summary>
public readonly record struct PageInfo(int Number, int Count)
{
    public string Label => $"Seite {Number} von {Count}";
}

internal static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Pt(float mm) => mm * PointsPerMm;
}
