using System.Globalization;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Jobseekers.Import;

/// <summary>
/// The documented import columns with their German headers, how a cell becomes a field, and which
/// form field (validator property) reports into which column.
/// </summary>
public sealed record JobseekerColumn(string Header, string Property, bool Required, string Example, string[] Aliases, Func<string, JobseekerInput, string?> Apply)
{
    /// <summary>The error column added to the rejected-rows file; ignored when that file is imported again.</summary>
    public const string ErrorHeader = "Fehler";

    /// <summary>The cell text for this column, in the values the import reads back (German, dd.MM.yyyy).</summary>
    public string Format(JobseekerInput p) => Property switch
    {
        nameof(JobseekerInput.ReferenceNumber) => p.ReferenceNumber,
        nameof(JobseekerInput.Salutation) => p.Salutation == Salutation.None ? "" : p.Salutation.ToString(),
        nameof(JobseekerInput.FirstName) => p.FirstName,
        nameof(JobseekerInput.LastName) => p.LastName,
        nameof(JobseekerInput.Email) => p.Email ?? "",
        nameof(JobseekerInput.Phone) => p.Phone ?? "",
        nameof(JobseekerInput.Street) => p.Street,
        nameof(JobseekerInput.Postcode) => p.Postcode,
        nameof(JobseekerInput.City) => p.City,
        nameof(JobseekerInput.DateOfBirth) => p.DateOfBirth?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "",
        nameof(JobseekerInput.Nationality) => p.Nationality ?? "",
        nameof(JobseekerInput.TargetGroup) => Key(TargetGroups, p.TargetGroup),
        nameof(JobseekerInput.TargetKldbCodes) => p.TargetKldbCodes,
        nameof(JobseekerInput.Skills) => p.Skills,
        nameof(JobseekerInput.Languages) => p.Languages,
        nameof(JobseekerInput.GermanLevel) => p.GermanLevel == CefrLevel.None ? "" : p.GermanLevel.ToString(),
        nameof(JobseekerInput.HasDrivingLicence) => YesNo(p.HasDrivingLicence),
        nameof(JobseekerInput.SchoolCertificate) => Key(Certificates, p.SchoolCertificate),
        nameof(JobseekerInput.QualificationLevel) => Key(Qualifications, p.QualificationLevel),
        nameof(JobseekerInput.WorkingTimeWishes) => string.Join(", ", new[] { (WorkingTime.FullTime, "Vollzeit"), (WorkingTime.PartTime, "Teilzeit"), (WorkingTime.Shifts, "Schicht") }
            .Where(w => p.WorkingTimeWishes.HasFlag(w.Item1)).Select(w => w.Item2)),
        nameof(JobseekerInput.MaxCommuteKm) => p.MaxCommuteKm.ToString(CultureInfo.InvariantCulture),
        nameof(JobseekerInput.EarliestStart) => p.EarliestStart?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "",
        nameof(JobseekerInput.NeedsAccessibility) => YesNo(p.NeedsAccessibility),
        nameof(JobseekerInput.InterpreterLanguage) => p.InterpreterLanguage ?? "",
        nameof(JobseekerInput.LetterLanguage) => Key(LetterLanguages, p.LetterLanguage),
        nameof(JobseekerInput.EasyLanguage) => YesNo(p.EasyLanguage),
        nameof(JobseekerInput.ConsentShareProfile) => YesNo(p.ConsentShareProfile),
        nameof(JobseekerInput.ConsentEmail) => YesNo(p.ConsentEmail),
        _ => "",
    };

    private static string YesNo(bool value) => value ? "ja" : "nein";

    /// <summary>The first (canonical) spelling the import accepts for a value.</summary>
    private static string Key<T>(Dictionary<string, T> map, T value) where T : struct, Enum =>
        map.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;

    public bool Matches(string header)
    {
        var h = Normalize(header);
        return h == Normalize(Header) || Aliases.Any(a => Normalize(a) == h);
    }

    public static string Normalize(string header) =>
        string.Join(' ', header.Trim().Trim('\uFEFF').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The header line of the template, the export and the rejected rows.</summary>
    public static IReadOnlyList<string> Headers => [.. All.Select(c => c.Header)];

    public static string? ColumnOf(string property) => All.FirstOrDefault(c => c.Property == property)?.Header;

    /// <summary>Excel stores "01067" as the number 1067; a four-digit postcode gets its leading zero back.</summary>
    private static string FixPostcode(string value) => value.Length == 4 && value.All(char.IsAsciiDigit) ? "0" + value : value;

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    private static readonly Dictionary<string, Salutation> Salutations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Frau"] = Salutation.Frau, ["Herr"] = Salutation.Herr, ["Fr."] = Salutation.Frau, ["Hr."] = Salutation.Herr, ["keine"] = Salutation.None, ["divers"] = Salutation.None,
    };

    private static readonly Dictionary<string, TargetGroup> TargetGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Erwachsene"] = TargetGroup.Adult, ["Erwachsener"] = TargetGroup.Adult, ["Erwachsen"] = TargetGroup.Adult, ["Adult"] = TargetGroup.Adult,
        ["Schulabgänger"] = TargetGroup.SchoolLeaver, ["Schulabgängerin"] = TargetGroup.SchoolLeaver, ["Schulabgänger/in"] = TargetGroup.SchoolLeaver,
        ["School leaver"] = TargetGroup.SchoolLeaver, ["SchoolLeaver"] = TargetGroup.SchoolLeaver,
    };

    private static readonly Dictionary<string, CefrLevel> CefrLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["keine"] = CefrLevel.None, ["A1"] = CefrLevel.A1, ["A2"] = CefrLevel.A2, ["B1"] = CefrLevel.B1, ["B2"] = CefrLevel.B2,
        ["C1"] = CefrLevel.C1, ["C2"] = CefrLevel.C2, ["Muttersprache"] = CefrLevel.C2,
    };

    private static readonly Dictionary<string, SchoolCertificate> Certificates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["keiner"] = SchoolCertificate.None, ["ohne"] = SchoolCertificate.None, ["Hauptschulabschluss"] = SchoolCertificate.Hauptschulabschluss,
        ["Mittlerer Abschluss"] = SchoolCertificate.MittlererAbschluss, ["Realschulabschluss"] = SchoolCertificate.MittlererAbschluss,
        ["Fachhochschulreife"] = SchoolCertificate.Fachhochschulreife, ["Fachabitur"] = SchoolCertificate.Fachhochschulreife, ["Abitur"] = SchoolCertificate.Abitur,
    };

    private static readonly Dictionary<string, QualificationLevel> Qualifications = new(StringComparer.OrdinalIgnoreCase)
    {
        ["keiner"] = QualificationLevel.None, ["ohne"] = QualificationLevel.None, ["Berufsausbildung"] = QualificationLevel.Vocational,
        ["Meister/Techniker/Bachelor"] = QualificationLevel.Specialist, ["Meister"] = QualificationLevel.Specialist, ["Techniker"] = QualificationLevel.Specialist,
        ["Bachelor"] = QualificationLevel.Specialist, ["Master"] = QualificationLevel.Expert, ["Diplom"] = QualificationLevel.Expert, ["Master/Diplom"] = QualificationLevel.Expert,
    };

    /// <summary>German names first (the canonical spelling the export writes), then English names and ISO codes.</summary>
    private static readonly Dictionary<string, LetterLanguage> LetterLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Deutsch"] = LetterLanguage.German, ["Englisch"] = LetterLanguage.English, ["Arabisch"] = LetterLanguage.Arabic,
        ["Türkisch"] = LetterLanguage.Turkish, ["Ukrainisch"] = LetterLanguage.Ukrainian, ["Russisch"] = LetterLanguage.Russian,
        ["German"] = LetterLanguage.German, ["English"] = LetterLanguage.English, ["Arabic"] = LetterLanguage.Arabic,
        ["Turkish"] = LetterLanguage.Turkish, ["Ukrainian"] = LetterLanguage.Ukrainian, ["Russian"] = LetterLanguage.Russian,
        ["de"] = LetterLanguage.German, ["en"] = LetterLanguage.English, ["ar"] = LetterLanguage.Arabic,
        ["tr"] = LetterLanguage.Turkish, ["uk"] = LetterLanguage.Ukrainian, ["ru"] = LetterLanguage.Russian,
    };

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "yyyy-MM-dd"];
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IReadOnlyList<JobseekerColumn> All { get; } =
    [
        new("Kundennummer", nameof(JobseekerInput.ReferenceNumber), true, "AA-100234", ["Referenznummer", "Kunden-Nr."], (v, i) => Set(() => i.ReferenceNumber = v)),
        new("Anrede", nameof(JobseekerInput.Salutation), false, "Frau", [], (v, i) => Parse(v, Salutations, x => i.Salutation = x)),
        new("Vorname", nameof(JobseekerInput.FirstName), true, "Jana", [], (v, i) => Set(() => i.FirstName = v)),
        new("Nachname", nameof(JobseekerInput.LastName), true, "Müller", ["Name"], (v, i) => Set(() => i.LastName = v)),
        new("E-Mail", nameof(JobseekerInput.Email), false, "jana.mueller@example.org", ["EMail", "E-Mail-Adresse"], (v, i) => Set(() => i.Email = v)),
        new("Telefon", nameof(JobseekerInput.Phone), false, "0561 123456", ["Telefonnummer"], (v, i) => Set(() => i.Phone = v)),
        new("Straße", nameof(JobseekerInput.Street), false, "Königsstraße 1", ["Strasse"], (v, i) => Set(() => i.Street = v)),
        new("PLZ", nameof(JobseekerInput.Postcode), true, "34117", ["Postleitzahl"], (v, i) => Set(() => i.Postcode = FixPostcode(v))),
        new("Ort", nameof(JobseekerInput.City), false, "Kassel", ["Wohnort"], (v, i) => Set(() => i.City = v)),
        new("Geburtsdatum", nameof(JobseekerInput.DateOfBirth), false, "24.12.1990", [], (v, i) => ParseDate(v, d => i.DateOfBirth = d)),
        new("Staatsangehörigkeit", nameof(JobseekerInput.Nationality), false, "deutsch", [], (v, i) => Set(() => i.Nationality = v)),
        new("Zielgruppe", nameof(JobseekerInput.TargetGroup), true, "Erwachsene", [], (v, i) => Parse(v, TargetGroups, x => i.TargetGroup = x, allowEmpty: false)),
        new("Zielberufe (KldB)", nameof(JobseekerInput.TargetKldbCodes), true, "24232, 25212", ["Zielberufe", "KldB"], (v, i) => Set(() => i.TargetKldbCodes = v)),
        new("Kenntnisse", nameof(JobseekerInput.Skills), false, "CNC-Fräsen, Staplerschein", ["Fähigkeiten"], (v, i) => Set(() => i.Skills = v)),
        new("Sprachen", nameof(JobseekerInput.Languages), false, "Englisch B1, Arabisch C2", ["Fremdsprachen"], (v, i) => Set(() => i.Languages = v)),
        new("Deutschniveau", nameof(JobseekerInput.GermanLevel), false, "B2", ["Deutsch"], (v, i) => Parse(v, CefrLevels, x => i.GermanLevel = x)),
        new("Führerschein", nameof(JobseekerInput.HasDrivingLicence), false, "ja", [], (v, i) => ParseBool(v, x => i.HasDrivingLicence = x)),
        new("Schulabschluss", nameof(JobseekerInput.SchoolCertificate), false, "Mittlerer Abschluss", [], (v, i) => Parse(v, Certificates, x => i.SchoolCertificate = x)),
        new("Berufsabschluss", nameof(JobseekerInput.QualificationLevel), false, "Berufsausbildung", ["Qualifikation"], (v, i) => Parse(v, Qualifications, x => i.QualificationLevel = x)),
        new("Arbeitszeit", nameof(JobseekerInput.WorkingTimeWishes), false, "Vollzeit, Schicht", ["Arbeitszeitwunsch"], (v, i) => ParseWorkingTime(v, x => i.WorkingTimeWishes = x)),
        new("Max. Fahrweg (km)", nameof(JobseekerInput.MaxCommuteKm), false, "30", ["Fahrweg", "Max. Fahrweg"], (v, i) => ParseInt(v, x => i.MaxCommuteKm = x)),
        new("Frühester Beginn", nameof(JobseekerInput.EarliestStart), false, "01.08.2027", ["Eintritt ab"], (v, i) => ParseDate(v, d => i.EarliestStart = d)),
        new("Barrierefreiheit", nameof(JobseekerInput.NeedsAccessibility), false, "nein", [], (v, i) => ParseBool(v, x => i.NeedsAccessibility = x)),
        new("Dolmetscher", nameof(JobseekerInput.InterpreterLanguage), false, "", ["Dolmetscher (Sprache)"], (v, i) => Set(() => i.InterpreterLanguage = v)),
        new("Briefsprache", nameof(JobseekerInput.LetterLanguage), false, "Deutsch", ["Sprache der Briefe", "Briefsprache (Sprache)"],
            (v, i) => Parse(v, LetterLanguages, x => i.LetterLanguage = x) is null ? null : ImportKeys.InvalidLetterLanguage),
        new("Leichte Sprache", nameof(JobseekerInput.EasyLanguage), false, "nein", ["Einfache Sprache"], (v, i) => ParseBool(v, x => i.EasyLanguage = x)),
        new("Einwilligung Profil", nameof(JobseekerInput.ConsentShareProfile), false, "ja", ["Einwilligung"], (v, i) => ParseBool(v, x => i.ConsentShareProfile = x)),
        new("Einwilligung E-Mail", nameof(JobseekerInput.ConsentEmail), false, "nein", ["E-Mail-Einwilligung", "Einwilligung EMail"], (v, i) => ParseBool(v, x => i.ConsentEmail = x)),
    ];

    private static string? Parse<T>(string value, Dictionary<string, T> map, Action<T> set, bool allowEmpty = true)
    {
        if (value.Length == 0 && allowEmpty)
        {
            return null;
        }
        if (!map.TryGetValue(value, out var parsed))
        {
            return value.Length == 0 ? JobseekerInputValidator.Keys.Required : ImportKeys.InvalidValue;
        }
        set(parsed);
        return null;
    }

    private static string? ParseBool(string value, Action<bool> set)
    {
        switch (value.ToLowerInvariant())
        {
            case "" or "nein" or "n" or "0" or "false" or "no":
                set(false);
                return null;
            case "ja" or "j" or "x" or "1" or "true" or "yes":
                set(true);
                return null;
            default:
                return ImportKeys.InvalidValue;
        }
    }

    private static string? ParseDate(string value, Action<DateTime?> set)
    {
        if (value.Length == 0)
        {
            set(null);
            return null;
        }
        if (!DateTime.TryParseExact(value, DateFormats, German, DateTimeStyles.None, out var date))
        {
            return ImportKeys.InvalidDate;
        }
        set(date);
        return null;
    }

    private static string? ParseInt(string value, Action<int> set)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (!int.TryParse(value, NumberStyles.Integer, German, out var number))
        {
            return ImportKeys.InvalidNumber;
        }
        set(number);
        return null;
    }

    private static string? ParseWorkingTime(string value, Action<WorkingTime> set)
    {
        if (value.Length == 0)
        {
            return null;
        }
        var result = WorkingTime.None;
        foreach (var part in value.Split([',', '/', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "vollzeit" or "vz" => WorkingTime.FullTime,
                "teilzeit" or "tz" => WorkingTime.PartTime,
                "schicht" or "schichtarbeit" or "schichten" => WorkingTime.Shifts,
                _ => WorkingTime.None,
            };
            if (result == WorkingTime.None || !IsKnownWorkingTime(part))
            {
                return ImportKeys.InvalidValue;
            }
        }
        set(result);
        return null;
    }

    private static bool IsKnownWorkingTime(string part) =>
        part.ToLowerInvariant() is "vollzeit" or "vz" or "teilzeit" or "tz" or "schicht" or "schichtarbeit" or "schichten";
}
