using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Tests.Matching;

/// <summary>
/// Seeded random people and vacancies for property tests: few occupation groups and coarse values so
/// ties are common, plus every kind of exclusion, unknown postcodes, invalid codes and odd skill spelling.
/// </summary>
internal static class RandomPools
{
    private static readonly string[] Codes =
        [.. KldbCatalog.All.Select(o => o.Code).Where(c => c.StartsWith("25", StringComparison.Ordinal) || c.StartsWith("34", StringComparison.Ordinal)), "25211", "25214"];

    private static readonly string[] Synonyms =
    [
        "Staplerschein", "Gabelstaplerschein", "Flurförderzeugschein", "MS Office", "Microsoft Office", "ms-office",
        "Führerschein B", "Klasse B", "PKW-Führerschein", "WIG-Schweißen", "TIG", "MAG-Schweißen",
    ];

    private static readonly string[] Postcodes = [.. PostcodeDirectory.All.Take(25).Select(a => a.Postcode), "99999"];

    public static (List<Jobseeker> People, List<Vacancy> Vacancies) Create(int seed, int people, int vacancies, int skillCount = 40)
    {
        var random = new Random(seed);
        // Unknown words plus wordings of a few vocabulary terms, so synonyms and spellings meet in both matchers.
        var skills = Enumerable.Range(0, skillCount).Select(i => $"Skill{i}").Concat(Synonyms).ToArray();
        string Spelled(string skill) => random.Next(4) switch { 0 => skill.ToLowerInvariant(), 1 => $" {skill} ", _ => skill };
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        DateOnly Date() => new DateOnly(2027, 6, 1).AddDays(random.Next(-60, 200));

        // Ids in shuffled order so that id order, input order and tie-breaking differ.
        var vacancyIds = Enumerable.Range(1, vacancies * 3).OrderBy(_ => random.Next()).Take(vacancies).ToArray();
        var vacancyList = vacancyIds.Select(id => new Vacancy
        {
            Id = 5000 + id,
            EmployerId = random.Next(1, 8),
            Kind = random.Next(3) == 0 ? VacancyKind.Apprenticeship : VacancyKind.Job,
            Title = "V",
            KldbCode = random.Next(30) == 0 ? "12" : Pick(Codes),
            Postcode = Pick(Postcodes),
            WorkingTime = (WorkingTime)random.Next(0, 8),
            StartDate = Date(),
            Skills = [.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => new VacancySkill { Name = Spelled(Pick(skills)), Required = random.Next(2) == 0 })],
            GermanLevel = (CefrLevel)random.Next(0, 7),
            DrivingLicenceRequired = random.Next(5) == 0,
            MinimumSchoolCertificate = random.Next(2) == 0 ? (SchoolCertificate)random.Next(0, 5) : null,
            Phases = (TargetGroups)random.Next(1, 4),
            Status = random.Next(12) == 0 ? VacancyStatus.Withdrawn : random.Next(10) == 0 ? VacancyStatus.ChangePending : VacancyStatus.Reported,
        }).ToList();

        var ids = Enumerable.Range(1, people * 3).OrderBy(_ => random.Next()).Take(people).ToArray();
        var employers = vacancyList.Select(v => v.EmployerId).Distinct().ToArray();
        var peopleList = ids.Select(id => new Jobseeker
        {
            Id = id,
            ReferenceNumber = $"R{id}",
            FirstName = "F",
            LastName = "L",
            Postcode = Pick(Postcodes),
            TargetGroup = random.Next(3) == 0 ? TargetGroup.SchoolLeaver : TargetGroup.Adult,
            TargetKldbCodes = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(25) == 0 ? "x" : Pick(Codes))],
            Skills = [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => Spelled(Pick(skills))), .. random.Next(4) == 0 ? new[] { "Unasked" } : []],
            GermanLevel = (CefrLevel)random.Next(0, 7),
            HasDrivingLicence = random.Next(3) > 0,
            SchoolCertificate = (SchoolCertificate)random.Next(0, 5),
            WorkingTimeWishes = (WorkingTime)random.Next(0, 8),
            MaxCommuteKm = random.Next(8) == 0 ? 0 : Pick(new[] { 10, 20, 30, 50, 80 }),
            EarliestStart = random.Next(4) == 0 ? null : Date(),
            Archived = random.Next(25) == 0,
            EmployerExclusions = random.Next(6) == 0 ? [new EmployerExclusion { EmployerId = Pick(employers) }] : [],
        }).ToList();
        return (peopleList, vacancyList);
    }
}
