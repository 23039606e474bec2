using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>What an employer types into the vacancy form; validated by <see cref="VacancyInputValidator"/>.</summary>
public sealed class VacancyInput
{
    public VacancyKind Kind { get; set; } = VacancyKind.Job;
    public string Title { get; set; } = "";
    public string KldbCode { get; set; } = "";
    public int Openings { get; set; } = 1;
    public string Postcode { get; set; } = "";
    public WorkingTime WorkingTime { get; set; } = WorkingTime.FullTime;
    public DateOnly? StartDate { get; set; }
    public List<SkillInput> Skills { get; set; } = [];
    public CefrLevel GermanLevel { get; set; } = CefrLevel.B1;
    public bool DrivingLicenceRequired { get; set; }
    public SchoolCertificate? MinimumSchoolCertificate { get; set; }
    public TargetGroups Phases { get; set; }
    public string? Description { get; set; }

    /// <summary>
    /// Phases the company's booth attends. Filled by the server (never trusted from the form) so the
    /// validator can check <see cref="Phases"/> against it.
    /// </summary>
    public TargetGroups AttendedPhases { get; set; } = TargetGroups.Both;

    /// <summary>A shallow copy, so a form can validate a value before it is written into the model.</summary>
    public VacancyInput Copy() => (VacancyInput)MemberwiseClone();

    public static VacancyInput From(Vacancy v) => new()
    {
        Kind = v.Kind,
        Title = v.Title,
        KldbCode = v.KldbCode,
        Openings = v.Openings,
        Postcode = v.Postcode,
        WorkingTime = v.WorkingTime,
        StartDate = v.StartDate,
        Skills = [.. v.Skills.Select(s => new SkillInput { Name = s.Name, Required = s.Required })],
        GermanLevel = v.GermanLevel,
        DrivingLicenceRequired = v.DrivingLicenceRequired,
        MinimumSchoolCertificate = v.MinimumSchoolCertificate,
        Phases = v.Phases,
        Description = v.Description,
    };

    public void ApplyTo(Vacancy v)
    {
        v.Kind = Kind;
        v.Title = Title.Trim();
        v.KldbCode = KldbCode.Trim();
        v.Openings = Openings;
        v.Postcode = Postcode.Trim();
        v.WorkingTime = WorkingTime;
        v.StartDate = StartDate!.Value;
        v.Skills = [.. Skills.Select(s => new VacancySkill { Name = s.Name.Trim(), Required = s.Required })];
        v.GermanLevel = GermanLevel;
        v.DrivingLicenceRequired = DrivingLicenceRequired;
        v.MinimumSchoolCertificate = Kind == VacancyKind.Apprenticeship ? MinimumSchoolCertificate : null;
        v.Phases = Phases;
        v.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}

/// <summary>A skill chip: must-have (<see cref="Required"/>) or nice-to-have.</summary>
public sealed class SkillInput
{
    public string Name { get; set; } = "";
    public bool Required { get; set; }
}
