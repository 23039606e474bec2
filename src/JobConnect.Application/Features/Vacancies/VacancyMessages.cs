namespace JobConnect.Application.Features.Vacancies;

/// <summary>Resource keys of the vacancy messages; the texts live in the web project's SharedResource files.</summary>
public static class VacancyMessages
{
    public const string KindInvalid = "Vacancy.Error.Kind";
    public const string TitleRequired = "Vacancy.Error.TitleRequired";
    public const string TitleTooLong = "Vacancy.Error.TitleTooLong";
    public const string OccupationRequired = "Vacancy.Error.OccupationRequired";
    public const string OccupationUnknown = "Vacancy.Error.OccupationUnknown";
    public const string OpeningsTooFew = "Vacancy.Error.OpeningsTooFew";
    public const string OpeningsTooMany = "Vacancy.Error.OpeningsTooMany";
    public const string PostcodeRequired = "Vacancy.Error.PostcodeRequired";
    public const string PostcodeInvalid = "Vacancy.Error.PostcodeInvalid";
    public const string WorkingTimeRequired = "Vacancy.Error.WorkingTimeRequired";
    public const string StartRequired = "Vacancy.Error.StartRequired";
    public const string StartInPast = "Vacancy.Error.StartInPast";
    public const string GermanLevelInvalid = "Vacancy.Error.GermanLevel";
    public const string SchoolCertificateRequired = "Vacancy.Error.SchoolCertificateRequired";
    public const string SchoolCertificateOnlyApprenticeship = "Vacancy.Error.SchoolCertificateOnlyApprenticeship";
    public const string PhaseRequired = "Vacancy.Error.PhaseRequired";
    public const string PhaseNotAttended = "Vacancy.Error.PhaseNotAttended";
    public const string SkillsTooMany = "Vacancy.Error.SkillsTooMany";
    public const string SkillDuplicate = "Vacancy.Error.SkillDuplicate";
    public const string SkillNameRequired = "Vacancy.Error.SkillNameRequired";
    public const string SkillNameTooLong = "Vacancy.Error.SkillNameTooLong";
    public const string DescriptionTooLong = "Vacancy.Error.DescriptionTooLong";

    // Business rules checked by the handlers.
    public const string DeadlinePassed = "Vacancy.Error.DeadlinePassed";
    public const string NotEditable = "Vacancy.Error.NotEditable";
    public const string NoBooth = "Vacancy.Error.NoBooth";
    public const string NoFair = "Vacancy.Error.NoFair";
}
