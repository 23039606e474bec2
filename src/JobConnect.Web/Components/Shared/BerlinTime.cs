using System.Globalization;

namespace JobConnect.Web.Components.Shared;

/// <summary>The fair's wall clock: everything stored in UTC is shown in Europe/Berlin.</summary>
public static class BerlinTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime ToBerlin(this DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant a calendar day starts in Kassel, for filters by day.</summary>
    public static DateTime StartOfDayUtc(DateTime day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified), Zone);

    /// <summary>Short date and time in the UI culture, e.g. "23.11.2026 15:40".</summary>
    public static string ToBerlinTime(this DateTime utc) => utc.ToBerlin().ToString("g", CultureInfo.CurrentCulture);
}
