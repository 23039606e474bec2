using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Tests.Matching;

/// <summary>A jobseeker and a vacancy that fit perfectly; tests change one thing at a time.</summary>
internal static class MatchBuilders
{
    public static readonly DateOnly Start = new(2027, 8, 1);

    /// <summary>Adult Kfz-Mechatroniker in Kassel-Mitte, licence, B2 German, full time, available now.</summary>
    public static Jobseeker Person(int id = 1) => new()
    {
        Id = id,
        AgencyId = 1,
        ReferenceNumber = $"R{id}",
        FirstName = "Alex",
        LastName = "Muster",
        Postcode = "34117",
        TargetGroup = TargetGroup.Adult,
        TargetKldbCodes = ["25212"],
        Skills = ["Diagnose", "Bremsen", "Klimaanlagen"],
        GermanLevel = CefrLevel.B2,
        HasDrivingLicence = true,
        SchoolCertificate = SchoolCertificate.MittlererAbschluss,
        WorkingTimeWishes = WorkingTime.FullTime,
        MaxCommuteKm = 30,
        EarliestStart = Start,
    };

    /// <summary>Kfz-Mechatroniker job in Kassel-Mitte, morning phase, must Diagnose, nice Klimaanlagen.</summary>
    public static Vacancy Job(int id = 10, int employerId = 100) => new()
    {
        Id = id,
        EmployerId = employerId,
        FairId = 1,
        Kind = VacancyKind.Job,
        Title = "Kfz-Mechatroniker/in",
        KldbCode = "25212",
        Postcode = "34117",
        WorkingTime = WorkingTime.FullTime,
        StartDate = Start,
        Skills = [new VacancySkill { Name = "Diagnose", Required = true }, new VacancySkill { Name = "Klimaanlagen", Required = false }],
        GermanLevel = CefrLevel.B1,
        DrivingLicenceRequired = false,
        Phases = TargetGroups.Adults,
        Status = VacancyStatus.Reported,
    };
}
