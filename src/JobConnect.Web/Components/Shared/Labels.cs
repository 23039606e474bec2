using System.Globalization;
using JobConnect.Domain.Common;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// Localized names of domain values. One key scheme for every enum: "<c>Enum.{Type}.{Value}</c>"
/// (short forms "<c>Enum.{Type}.{Value}.Short</c>"); EnumResourceTests checks every value in both languages.
/// </summary>
public static class Labels
{
    public static string Enum<T>(this IStringLocalizer l, T value) where T : struct, System.Enum =>
        l[$"Enum.{typeof(T).Name}.{value}"].Value;

    /// <summary>"Vormittag" instead of "Vormittag (Erwachsene)": short enough for table cells.</summary>
    public static string EnumShort<T>(this IStringLocalizer l, T value) where T : struct, System.Enum =>
        l[$"Enum.{typeof(T).Name}.{value}.Short"].Value;

    /// <summary>Flags such as working time as "Vollzeit, Schichtarbeit".</summary>
    public static string Flags<T>(this IStringLocalizer l, T value) where T : struct, System.Enum =>
        string.Join(", ", System.Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => l.Enum(f)));

    /// <summary>Whom a vacancy or booth is for, as "Erwachsene, Schulabgänger/innen".</summary>
    public static string Groups(this IStringLocalizer l, TargetGroups groups) =>
        string.Join(", ", System.Enum.GetValues<TargetGroup>().Where(g => groups.HasFlag(g.ToSet())).Select(g => l.Enum(g)));

    public static string GroupsShort(this IStringLocalizer l, TargetGroups groups) =>
        string.Join(", ", System.Enum.GetValues<TargetGroup>().Where(g => groups.HasFlag(g.ToSet())).Select(g => l.EnumShort(g)));

    /// <summary>A vacancy's German level; "none" there means "not required".</summary>
    public static string GermanRequirement(this IStringLocalizer l, CefrLevel level) =>
        level == CefrLevel.None ? l["Vacancy.NoGermanRequirement"].Value : l.Enum(level);

    /// <summary>An apprenticeship's minimum certificate; "none" there means "not required".</summary>
    public static string SchoolRequirement(this IStringLocalizer l, SchoolCertificate certificate) =>
        certificate == SchoolCertificate.None ? l["Vacancy.NoSchoolRequirement"].Value : l.Enum(certificate);
}
