using System.Globalization;
using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;
using JobConnect.Web.Components.Shared;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace JobConnect.Web.Components.Matching;

/// <summary>The words a caseworker reads on a match: criterion names, reasons with their values, chip colours.</summary>
public static class MatchTexts
{
    public static string Criterion(this IStringLocalizer l, MatchCriterion criterion) => l.Enum(criterion);

    /// <summary>The short reason on the chip, e.g. "2 von 3" or "12,5 km (max. 30 km)".</summary>
    public static string Reason(this IStringLocalizer l, CriterionScore c) => c.Reason switch
    {
        MatchReason.SkillsCovered => l.Format("Matching.Reason.SkillsCovered", c.Actual, c.Required),
        MatchReason.DistanceWithinCommute or MatchReason.DistanceBeyondCommute =>
            l.Format($"Matching.Reason.{c.Reason}", Km(c.Actual), Km(c.Required)),
        MatchReason.StartDateLater => l.Format("Matching.Reason.StartDateLater", c.Actual),
        MatchReason.GermanLevelSufficient or MatchReason.GermanLevelOneBelow or MatchReason.GermanLevelTooLow =>
            l.Format($"Matching.Reason.{c.Reason}", Cefr(l, c.Actual), Cefr(l, c.Required)),
        MatchReason.SchoolCertificateSufficient or MatchReason.SchoolCertificateBelowMinimum =>
            l.Format($"Matching.Reason.{c.Reason}", Certificate(l, c.Actual), Certificate(l, c.Required)),
        _ => l[$"Matching.Reason.{c.Reason}"],
    };

    /// <summary>The chip's tooltip: the reason plus what is missing and what the criterion weighs.</summary>
    public static string Detail(this IStringLocalizer l, CriterionScore c)
    {
        var parts = new List<string> { $"{l.Criterion(c.Criterion)}: {l.Reason(c)}" };
        if (c.Missing.Count > 0)
        {
            parts.Add(l.Format("Matching.Missing", string.Join(", ", c.Missing)));
        }
        if (c.Weight > 0)
        {
            parts.Add(l.Format("Matching.Weight", c.Weight, c.Fulfilment));
        }
        return string.Join(" · ", parts);
    }

    /// <summary>Exclusions no criterion chip shows (a blocked employer, a closed vacancy).</summary>
    public static string Exclusion(this IStringLocalizer l, MatchExclusion e) => l.Enum(e.Reason);

    public static Color ColorOf(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => Color.Success,
        CriterionOutcome.Partly => Color.Warning,
        CriterionOutcome.Missing or CriterionOutcome.Excluded => Color.Error,
        _ => Color.Default,
    };

    public static string IconOf(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => Icons.Material.Filled.Check,
        CriterionOutcome.Partly => Icons.Material.Filled.Remove,
        CriterionOutcome.Missing => Icons.Material.Filled.Close,
        CriterionOutcome.Excluded => Icons.Material.Filled.Block,
        _ => Icons.Material.Outlined.Circle,
    };

    /// <summary>The bar's colour: green from 70, amber from 50, red below.</summary>
    public static Color ScoreColor(int score) => score >= 70 ? Color.Success : score >= 50 ? Color.Warning : Color.Error;

    private static string Format(this IStringLocalizer l, string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, l[key].Value, values);

    private static string Km(int? tenths) => tenths is { } t ? (t / 10.0).ToString("0.#", CultureInfo.CurrentCulture) : "?";

    private static string Cefr(IStringLocalizer l, int? level) =>
        level is null or 0 ? l.Enum(CefrLevel.None) : ((CefrLevel)level.Value).ToString();

    private static string Certificate(IStringLocalizer l, int? value) =>
        value is null ? "?" : l.Enum((SchoolCertificate)value.Value);
}
