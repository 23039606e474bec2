using JobConnect.Domain.Common;

namespace JobConnect.Domain.Jobseekers;

/// <summary>
/// A person in an agency's caseload. Social data: only the owning agency sees it; employers only
/// with recorded consent. Fields marked "never scored" are protected characteristics (AGG).
/// </summary>
public class Jobseeker : Entity
{
    public int AgencyId { get; set; }

    /// <summary>Identity user id of the responsible caseworker.</summary>
    public string? CaseworkerId { get; set; }

    /// <summary>The agency's own reference (Kundennummer); unique per agency.</summary>
    public required string ReferenceNumber { get; set; }

    public Salutation Salutation { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string Street { get; set; } = "";
    public required string Postcode { get; set; }
    public string City { get; set; } = "";

    /// <summary>Never scored; used only to protect minors' contact data.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Never scored.</summary>
    public string? Nationality { get; set; }

    public TargetGroup TargetGroup { get; set; }
    public List<string> TargetKldbCodes { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<LanguageSkill> Languages { get; set; } = [];
    public CefrLevel GermanLevel { get; set; }
    public bool HasDrivingLicence { get; set; }
    public SchoolCertificate SchoolCertificate { get; set; }
    public QualificationLevel QualificationLevel { get; set; }
    public WorkingTime WorkingTimeWishes { get; set; } = WorkingTime.FullTime;
    public int MaxCommuteKm { get; set; } = 30;
    public DateOnly? EarliestStart { get; set; }

    /// <summary>Never scored; helps the organizers plan (step-free booth, interpreter).</summary>
    public bool NeedsAccessibility { get; set; }

    /// <summary>Never scored; language an interpreter is needed for, if any.</summary>
    public string? InterpreterLanguage { get; set; }

    /// <summary>The language letters and slips are printed in; German unless the person reads another one better.</summary>
    public LetterLanguage LetterLanguage { get; set; }

    /// <summary>German letters in Leichte Sprache (easy language): short sentences, one statement per line, dates written out.</summary>
    public bool EasyLanguage { get; set; }

    public bool Archived { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<Consent> Consents { get; set; } = [];
    public List<EmployerExclusion> EmployerExclusions { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>True while a consent of the scope is given and not withdrawn.</summary>
    public bool HasConsent(ConsentScope scope) => Consents.Any(c => c.Scope == scope && c.WithdrawnUtc is null);

    public bool Excludes(int employerId) => EmployerExclusions.Any(e => e.EmployerId == employerId);
}

public enum Salutation
{
    None = 0,
    Frau = 1,
    Herr = 2,
}

/// <summary>
/// The languages letters exist in. The agency's legally binding paragraph always stays German; the other
/// texts are translated (see docs/accessibility.md for which translations still need a native speaker's review).
/// </summary>
public enum LetterLanguage
{
    German = 0,
    English = 1,
    Arabic = 2,
    Turkish = 3,
    Ukrainian = 4,
    Russian = 5,
}

/// <summary>A language other than German with its level.</summary>
public class LanguageSkill
{
    public required string Language { get; set; }
    public CefrLevel Level { get; set; }
}
