using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;

namespace JobConnect.Domain.Vacancies;

/// <summary>A job or apprenticeship place an employer reports for the fair.</summary>
public class Vacancy : Entity
{
    public int FairId { get; set; }
    public int EmployerId { get; set; }
    public Employer? Employer { get; set; }

    public VacancyKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>KldB 2010 code, five digits.</summary>
    public required string KldbCode { get; set; }

    public int Openings { get; set; } = 1;
    public required string Postcode { get; set; }
    public WorkingTime WorkingTime { get; set; } = WorkingTime.FullTime;
    public DateOnly StartDate { get; set; }
    public List<VacancySkill> Skills { get; set; } = [];
    public CefrLevel GermanLevel { get; set; }
    public bool DrivingLicenceRequired { get; set; }

    /// <summary>Only for apprenticeships.</summary>
    public SchoolCertificate? MinimumSchoolCertificate { get; set; }

    /// <summary>Whom the vacancy is for; it takes part in every phase of these target groups (name kept from when a fair had exactly one phase per group).</summary>
    public TargetGroups Phases { get; set; }
    public VacancyStatus Status { get; set; } = VacancyStatus.Reported;
    public string? Description { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Reported, or reported with a change pending: the statuses that take part in matching, the schedule and the figures.</summary>
    public static readonly IReadOnlyList<VacancyStatus> OpenStatuses = [VacancyStatus.Reported, VacancyStatus.ChangePending];

    /// <summary>The vacancy takes part in matching and the schedule.</summary>
    public bool IsOpen => OpenStatuses.Contains(Status);

    public IEnumerable<string> MustHaveSkills => Skills.Where(s => s.Required).Select(s => s.Name);
    public IEnumerable<string> NiceToHaveSkills => Skills.Where(s => !s.Required).Select(s => s.Name);
}

public enum VacancyKind
{
    Job = 1,
    Apprenticeship = 2,
}

public enum VacancyStatus
{
    Draft = 0,
    Reported = 1,
    /// <summary>A change after the reporting deadline waits for the organizer.</summary>
    ChangePending = 2,
    Withdrawn = 3,
    Filled = 4,
}

/// <summary>A skill a vacancy asks for; must-have or nice-to-have.</summary>
public class VacancySkill
{
    public required string Name { get; set; }
    public bool Required { get; set; }
}
