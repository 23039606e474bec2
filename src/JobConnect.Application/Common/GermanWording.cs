using JobConnect.Domain.Common;

namespace JobConnect.Application.Common;

/// <summary>German words on paper and in mails (letters, fair-day documents), written out so they do not depend on the server's ICU culture data.</summary>
public static class GermanWording
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>"11. März 2027".</summary>
    public static string Date(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

}
