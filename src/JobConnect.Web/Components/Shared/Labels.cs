using JobConnect.Domain.Common;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Shared;

/// <summary>Localized names of domain values; keys follow "<c>Type.Value</c>" in SharedResource.</summary>
public static class Labels
{
    public static string Phases(this IStringLocalizer l, PhaseSet phases) =>
        string.Join(", ", new[] { PhaseKind.Morning, PhaseKind.Afternoon }.Where(p => phases.HasFlag(p.ToSet())).Select(p => l[$"Phase.{p}"].Value));

    /// <summary>"Vormittag, Nachmittag": short enough for table cells.</summary>
    public static string PhasesShort(this IStringLocalizer l, PhaseSet phases) =>
        string.Join(", ", new[] { PhaseKind.Morning, PhaseKind.Afternoon }.Where(p => phases.HasFlag(p.ToSet())).Select(p => l[$"Phase.Short.{p}"].Value));

    public static string WorkingTimes(this IStringLocalizer l, WorkingTime time) =>
        string.Join(", ", new[] { WorkingTime.FullTime, WorkingTime.PartTime, WorkingTime.Shifts }.Where(t => time.HasFlag(t)).Select(t => l[$"WorkingTime.{t}"].Value));
}
