namespace JobConnect.Infrastructure.Seeding;

internal static class DemoDates
{
    /// <summary>Apprenticeships in Germany usually start on 1 August; the first one after the fair.</summary>
    public static DateOnly ApprenticeshipStart(DateOnly fairDate)
    {
        var start = new DateOnly(fairDate.Year, 8, 1);
        return start > fairDate ? start : start.AddYears(1);
    }

    /// <summary>The first day of the month <paramref name="months"/> months after the fair's month.</summary>
    public static DateOnly FirstOfMonthAfter(DateOnly fairDate, int months) =>
        new DateOnly(fairDate.Year, fairDate.Month, 1).AddMonths(months);

    /// <summary>A day within the given calendar year.</summary>
    public static DateOnly DayIn(int year, Random random) =>
        new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
}
