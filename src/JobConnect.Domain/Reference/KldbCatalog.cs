using System.Collections.Frozen;
using System.Globalization;

namespace JobConnect.Domain.Reference;

/// <summary>
/// A curated subset (about 150 entries) of the KldB 2010 occupations relevant to a regional job fair.
/// Codes follow the Bundesagentur für Arbeit's systematic list (KldB 2010, revised 2020); titles are
/// the common occupation names, not the long official Berufsgattung titles.
/// </summary>
public static partial class KldbCatalog
{
    private static readonly KldbOccupation[] Entries = CreateEntries();

    private static readonly CompareInfo GermanCompare = CultureInfo.GetCultureInfo("de-DE").CompareInfo;

    private static readonly FrozenDictionary<string, KldbOccupation> ByCode =
        Entries.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);

    /// <summary>All occupations, ordered by code.</summary>
    public static IReadOnlyList<KldbOccupation> All { get; } = [.. Entries.OrderBy(o => o.Code, StringComparer.Ordinal)];

    /// <summary>The occupation with exactly this code (surrounding blanks ignored), or null.</summary>
    public static KldbOccupation? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var occupation) ? occupation : null;

    /// <summary>
    /// Occupations whose code starts with <paramref name="term"/> or whose title contains it
    /// (case-insensitive, German culture), ordered by code; at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<KldbOccupation> Search(string? term, int max = 20)
    {
        var trimmed = term?.Trim();
        if (string.IsNullOrEmpty(trimmed) || max <= 0)
        {
            return [];
        }

        return [.. All.Where(o => o.Code.StartsWith(trimmed, StringComparison.Ordinal)
                               || GermanCompare.IndexOf(o.Title, trimmed, CompareOptions.IgnoreCase) >= 0)
                      .Take(max)];
    }
}
