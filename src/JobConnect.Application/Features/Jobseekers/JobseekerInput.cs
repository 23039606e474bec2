using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// What a caseworker enters or imports for one jobseeker. Lists are kept as the comma-separated text
/// people type and import, so the form and the import share one validator and one set of messages.
/// </summary>
public sealed class JobseekerInput
{
    public string ReferenceNumber { get; set; } = "";
    public Salutation Salutation { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public DateTime? DateOfBirth { get; set; }
    public string? Nationality { get; set; }
    public TargetGroup TargetGroup { get; set; } = TargetGroup.Adult;

    /// <summary>KldB 2010 codes, comma-separated, e.g. "24232, 25212".</summary>
    public string TargetKldbCodes { get; set; } = "";
    public string Skills { get; set; } = "";

    /// <summary>Other languages as "Englisch B2, Arabisch C2".</summary>
    public string Languages { get; set; } = "";
    public CefrLevel GermanLevel { get; set; }
    public bool HasDrivingLicence { get; set; }
    public SchoolCertificate SchoolCertificate { get; set; }
    public QualificationLevel QualificationLevel { get; set; }
    public WorkingTime WorkingTimeWishes { get; set; } = WorkingTime.FullTime;
    public int MaxCommuteKm { get; set; } = 30;
    public DateTime? EarliestStart { get; set; }
    public bool NeedsAccessibility { get; set; }
    public string? InterpreterLanguage { get; set; }
    public LetterLanguage LetterLanguage { get; set; }
    public bool EasyLanguage { get; set; }

    /// <summary>The person agreed that employers of this fair may see the profile.</summary>
    public bool ConsentShareProfile { get; set; }

    /// <summary>The person agreed to get letters and notices by e-mail (needs an e-mail address).</summary>
    public bool ConsentEmail { get; set; }

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Parses "Englisch B2, Arabisch C2"; null when an entry has no valid CEFR level.</summary>
    public static IReadOnlyList<LanguageSkill>? ParseLanguages(string? text)
    {
        var result = new List<LanguageSkill>();
        foreach (var entry in SplitList(text))
        {
            var space = entry.LastIndexOf(' ');
            if (space <= 0 || !Enum.TryParse<CefrLevel>(entry[(space + 1)..], ignoreCase: true, out var level)
                || level == CefrLevel.None || !Enum.IsDefined(level) || int.TryParse(entry[(space + 1)..], out _))
            {
                return null;
            }
            result.Add(new LanguageSkill { Language = entry[..space].Trim(), Level = level });
        }
        return result;
    }

    public static JobseekerInput From(Jobseeker j) => new()
    {
        ReferenceNumber = j.ReferenceNumber,
        Salutation = j.Salutation,
        FirstName = j.FirstName,
        LastName = j.LastName,
        Email = j.Email,
        Phone = j.Phone,
        Street = j.Street,
        Postcode = j.Postcode,
        City = j.City,
        DateOfBirth = j.DateOfBirth?.ToDateTime(TimeOnly.MinValue),
        Nationality = j.Nationality,
        TargetGroup = j.TargetGroup,
        TargetKldbCodes = string.Join(", ", j.TargetKldbCodes),
        Skills = string.Join(", ", j.Skills),
        Languages = string.Join(", ", j.Languages.Select(l => $"{l.Language} {l.Level}")),
        GermanLevel = j.GermanLevel,
        HasDrivingLicence = j.HasDrivingLicence,
        SchoolCertificate = j.SchoolCertificate,
        QualificationLevel = j.QualificationLevel,
        WorkingTimeWishes = j.WorkingTimeWishes,
        MaxCommuteKm = j.MaxCommuteKm,
        EarliestStart = j.EarliestStart?.ToDateTime(TimeOnly.MinValue),
        NeedsAccessibility = j.NeedsAccessibility,
        InterpreterLanguage = j.InterpreterLanguage,
        LetterLanguage = j.LetterLanguage,
        EasyLanguage = j.EasyLanguage,
        ConsentShareProfile = j.HasConsent(ConsentScope.ShareProfileWithEmployers),
        ConsentEmail = j.HasConsent(ConsentScope.EmailContact),
    };

    /// <summary>
    /// A reference number as stored and compared: trimmed and upper-case, so "k-1" and "K-1" are one person
    /// on every provider (SQL Server's default collation compares case-insensitively, SQLite and PostgreSQL do not).
    /// </summary>
    public static string NormalizeReference(string reference) => reference.Trim().ToUpperInvariant();

    /// <summary>Copies the input onto the entity; consent changes are recorded separately with their date.</summary>
    public void ApplyTo(Jobseeker j)
    {
        j.ReferenceNumber = NormalizeReference(ReferenceNumber);
        j.Salutation = Salutation;
        j.FirstName = FirstName.Trim();
        j.LastName = LastName.Trim();
        j.Email = Blank(Email);
        j.Phone = Blank(Phone);
        j.Street = Street.Trim();
        j.Postcode = Postcode.Trim();
        j.City = City.Trim();
        j.DateOfBirth = DateOfBirth is { } dob ? DateOnly.FromDateTime(dob) : null;
        j.Nationality = Blank(Nationality);
        j.TargetGroup = TargetGroup;
        j.TargetKldbCodes = [.. SplitList(TargetKldbCodes)];
        j.Skills = [.. SplitList(Skills)];
        j.Languages = [.. ParseLanguages(Languages) ?? []];
        j.GermanLevel = GermanLevel;
        j.HasDrivingLicence = HasDrivingLicence;
        j.SchoolCertificate = SchoolCertificate;
        j.QualificationLevel = QualificationLevel;
        j.WorkingTimeWishes = WorkingTimeWishes;
        j.MaxCommuteKm = MaxCommuteKm;
        j.EarliestStart = EarliestStart is { } start ? DateOnly.FromDateTime(start) : null;
        j.NeedsAccessibility = NeedsAccessibility;
        j.InterpreterLanguage = Blank(InterpreterLanguage);
        j.LetterLanguage = LetterLanguage;
        j.EasyLanguage = EasyLanguage;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
