using System.Globalization;
using JobConnect.Application.Common;

namespace JobConnect.Web.Components.Shared;

/// <summary>Stored UTC timestamps as users read them: the fair's clock (<see cref="FairClock"/>, Europe/Berlin).</summary>
public static class BerlinTime
{
    /// <summary>Short date and time in the UI culture, e.g. "23.11.2026 15:40".</summary>
    public static string ToBerlinTime(this DateTime utc) => utc.ToFairTime().ToString("g", CultureInfo.CurrentCulture);
}
