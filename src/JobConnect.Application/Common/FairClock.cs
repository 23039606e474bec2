namespace JobConnect.Application.Common;

/// <summary>
/// The fair's wall clock: Europe/Berlin over <see cref="TimeProvider"/>, whatever zone the server runs
/// in (a container is UTC). "Today", letter dates and times shown to users all come from here;
/// timestamps are stored in UTC.
/// </summary>
public static class FairClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Now in Kassel.</summary>
    public static DateTime FairNow(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    /// <summary>Today's date in Kassel; decides which fair is current and what counts as "in the past".</summary>
    public static DateOnly FairToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.FairNow());

    /// <summary>A stored UTC timestamp as Kassel wall-clock time.</summary>
    public static DateTime ToFairTime(this DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A Kassel wall-clock time (e.g. entered in a form) as UTC for storing.</summary>
    public static DateTime FromFairTime(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
}
