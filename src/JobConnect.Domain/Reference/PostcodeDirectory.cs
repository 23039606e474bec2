using System.Collections.Frozen;

namespace JobConnect.Domain.Reference;

/// <summary>
/// Postcodes of North Hesse around Kassel with approximate centroids, used to estimate commuting
/// distances. Validation accepts any five-digit postcode; an unknown one simply has no distance.
/// </summary>
public static partial class PostcodeDirectory
{
    /// <summary>Mean Earth radius used by <see cref="DistanceKm"/>.</summary>
    public const double EarthRadiusKm = 6371.0;

    private static readonly PostcodeArea[] Entries = CreateEntries();

    private static readonly FrozenDictionary<string, PostcodeArea> ByPostcode =
        Entries.ToFrozenDictionary(a => a.Postcode, StringComparer.Ordinal);

    /// <summary>All known postcodes, ordered by postcode.</summary>
    public static IReadOnlyList<PostcodeArea> All { get; } = [.. Entries.OrderBy(a => a.Postcode, StringComparer.Ordinal)];

    /// <summary>The area of this postcode (surrounding blanks ignored), or null when it is not in the directory.</summary>
    public static PostcodeArea? Find(string? postcode) =>
        postcode is not null && ByPostcode.TryGetValue(postcode.Trim(), out var area) ? area : null;

    /// <summary>Whether the directory knows this postcode (and so can compute distances for it).</summary>
    public static bool IsKnown(string? postcode) => Find(postcode) is not null;

    /// <summary>Great-circle (haversine) distance between two centroids in kilometres; roads are longer.</summary>
    public static double DistanceKm(PostcodeArea a, PostcodeArea b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        var dLat = ToRadians(b.Latitude - a.Latitude);
        var dLon = ToRadians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
              + Math.Cos(ToRadians(a.Latitude)) * Math.Cos(ToRadians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
