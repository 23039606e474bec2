using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Matching;

/// <summary>
/// The integer rules both matchers share. Everything is whole numbers so the explained scorer and
/// the vectorised fast path produce bit-identical points (docs/performance.md, "Matching").
/// </summary>
internal static class MatchRules
{
    public const int Full = 100;
    public const int OccupationSubgroupHigher = 80;
    public const int OccupationSubgroupLower = 50;
    public const int OccupationGroupHigher = 40;
    public const int OccupationGroupLower = 25;
    public const int DistanceUnknown = 50;
    public const int ExcludedPoints = -1;

    /// <summary>Fulfilment of one target code (4-digit subgroup as a number, level 1–4) against the vacancy's.</summary>
    public static int Occupation(int personGroup4, int personLevel, int vacancyGroup4, int vacancyLevel)
    {
        if (personGroup4 == vacancyGroup4)
        {
            return personLevel == vacancyLevel ? Full : personLevel > vacancyLevel ? OccupationSubgroupHigher : OccupationSubgroupLower;
        }

        return personGroup4 / 10 == vacancyGroup4 / 10
            ? personLevel >= vacancyLevel ? OccupationGroupHigher : OccupationGroupLower
            : 0;
    }

    public static MatchReason OccupationReason(int fulfilment) => fulfilment switch
    {
        Full => MatchReason.OccupationExact,
        OccupationSubgroupHigher => MatchReason.OccupationSameSubgroupHigherLevel,
        OccupationSubgroupLower => MatchReason.OccupationSameSubgroupLowerLevel,
        OccupationGroupHigher => MatchReason.OccupationSameGroupHigherLevel,
        OccupationGroupLower => MatchReason.OccupationSameGroupLowerLevel,
        _ => MatchReason.OccupationUnrelated,
    };

    /// <summary>Share of the asked skills covered, in whole percent (rounded down); nothing asked = full.</summary>
    public static int Skills(int covered, int asked) => asked == 0 ? Full : Full * covered / asked;

    /// <summary>
    /// Distance bands relative to the max commute (both in tenths of a km): up to a quarter 100, half
    /// 80, three quarters 65, the full commute 50; beyond it the pair is excluded (returns −1).
    /// A negative distance means unknown coordinates: half met, never excluded.
    /// </summary>
    public static int Distance(int distanceTenths, int maxCommuteTenths)
    {
        if (distanceTenths < 0)
        {
            return DistanceUnknown;
        }

        return 4 * distanceTenths <= maxCommuteTenths ? Full
            : 2 * distanceTenths <= maxCommuteTenths ? 80
            : 4 * distanceTenths <= 3 * maxCommuteTenths ? 65
            : distanceTenths <= maxCommuteTenths ? 50
            : ExcludedPoints;
    }

    /// <summary>Great-circle distance in tenths of a km (rounded half away from zero), or −1 when a side is unknown.</summary>
    public static int DistanceTenths(PostcodeArea? a, PostcodeArea? b) =>
        a is null || b is null ? -1 : (int)Math.Round(PostcodeDirectory.DistanceKm(a, b) * 10, MidpointRounding.AwayFromZero);

    /// <summary>Max commute in tenths of a km; negative values count as 0 (same postcode only).</summary>
    public static int CommuteTenths(int maxCommuteKm) => Math.Clamp(maxCommuteKm, 0, 100_000) * 10;

    /// <summary>"Not stated" accepts every working-time model.</summary>
    public static int WorkingTimeMask(WorkingTime time) =>
        time == WorkingTime.None ? (int)(WorkingTime.FullTime | WorkingTime.PartTime | WorkingTime.Shifts) : (int)time;

    public static int WorkingTimeFit(int personMask, int vacancyMask) => (personMask & vacancyMask) != 0 ? Full : 0;

    /// <summary>Earliest start as a day number; "no date" counts as available at once.</summary>
    public static int StartDay(DateOnly? earliest) => earliest?.DayNumber ?? -1_000_000;

    /// <summary>In time 100; up to 30 days later 75, up to 90 days 50, later 0.</summary>
    public static int StartDate(int daysLate) => daysLate <= 0 ? Full : daysLate <= 30 ? 75 : daysLate <= 90 ? 50 : 0;

    /// <summary>At or above the required level 100, one level below 50, further below 0.</summary>
    public static int German(int personLevel, int requiredLevel) =>
        personLevel >= requiredLevel ? Full : personLevel == requiredLevel - 1 ? 50 : 0;

    /// <summary>The minimum school certificate that applies: only apprenticeships have one.</summary>
    public static SchoolCertificate MinimumCertificate(Vacancy vacancy) =>
        vacancy.Kind == VacancyKind.Apprenticeship ? vacancy.MinimumSchoolCertificate ?? SchoolCertificate.None : SchoolCertificate.None;

    public static bool IsOpen(Vacancy vacancy) => vacancy.IsOpen;

    /// <summary>
    /// The highest score a pair can reach while it misses a must-have skill. Phases cannot set their
    /// minimum score at or below it (<see cref="Fairs.PhaseRules.LowestMinimumScore"/>), so such a pair
    /// is never above the conversation threshold; it stays ranked (in its order) for the caseworker.
    /// </summary>
    public const int MustHaveMissingMaxScore = 38;

    /// <summary>
    /// Points of a pair that misses a must-have skill: three eighths of its points (a shift, so the
    /// vector kernel computes it exactly), which keeps the order among such pairs and the score at
    /// most <see cref="MustHaveMissingMaxScore"/>.
    /// </summary>
    public static int CapMissingMustHave(int points) => (points * 3) >> 3;

    /// <summary>Whether the must-have skills leave the pair capped: at least one asked and not covered.</summary>
    public static bool MissesMustHave(int covered, int asked) => covered < asked;

    /// <summary>Score 0–100 from points: divided by the weight sum, rounded half up.</summary>
    public static int Score(int points, int totalWeight) => points < 0 ? 0 : ((2 * points) + totalWeight) / (2 * totalWeight);

    /// <summary>
    /// Parses a stored KldB code into (4-digit subgroup, level), or null when invalid — the same rule
    /// as <see cref="KldbCode.TryParse"/> (trimmed, 5 ASCII digits, level 1–4) without allocating.
    /// </summary>
    public static (int Group4, int Level)? ParseKldb(string? code)
    {
        var text = code.AsSpan().Trim();
        if (text.Length != 5 || text[4] is < '1' or > '4')
        {
            return null;
        }

        var group4 = 0;
        for (var k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return null;
            }

            group4 = (group4 * 10) + (text[k] - '0');
        }

        return (group4, text[4] - '0');
    }
}
