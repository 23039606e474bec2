using System.Diagnostics.CodeAnalysis;

namespace JobConnect.Domain.Common;

/// <summary>
/// A five-digit occupation code of the German Klassifikation der Berufe 2010 (KldB 2010).
/// The first four digits are the occupational hierarchy (Berufsbereich … Berufsuntergruppe),
/// the fifth is the requirement level (1 helper, 2 skilled, 3 specialist, 4 expert).
/// </summary>
public readonly record struct KldbCode
{
    private KldbCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Requirement level 1–4 (Anforderungsniveau).</summary>
    public int Level => Value[4] - '0';

    /// <summary>The 4-digit occupational subgroup (Berufsuntergruppe).</summary>
    public string Group4 => Value[..4];

    /// <summary>The 3-digit occupational group (Berufsgruppe).</summary>
    public string Group3 => Value[..3];

    public static bool IsValid([NotNullWhen(true)] string? value) =>
        value is { Length: 5 } && value.All(char.IsAsciiDigit) && value[4] is >= '1' and <= '4';

    public static KldbCode Parse(string value) =>
        TryParse(value, out var code) ? code : throw new FormatException($"'{value}' is not a KldB 2010 code (5 digits, last digit 1–4).");

    public static bool TryParse(string? value, out KldbCode code)
    {
        var trimmed = value?.Trim();
        code = IsValid(trimmed) ? new KldbCode(trimmed) : default;
        return IsValid(trimmed);
    }

    public override string ToString() => Value;
}
