using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Benchmarks.Matching;

/// <summary>
/// Synthetic caseloads and vacancies shaped like the real thing: occupations from the KldB catalog,
/// grouped by the catalog's areas (people aim at one area, sometimes a neighbouring occupation);
/// a skill vocabulary of 12 skills per area; postcodes from the directory with Kassel weighted
/// heavily; commutes of 10–60 km; CEFR, certificates, licences and start dates spread plausibly.
/// </summary>
public static class MatchingPoolGenerator
{
    private static readonly KldbOccupation[] Occupations = [.. KldbCatalog.All];
    private static readonly string[] Areas = [.. Occupations.Select(o => o.Area).Distinct()];
    private static readonly PostcodeArea[] Places = [.. PostcodeDirectory.All];
    private static readonly DateOnly FairDay = new(2027, 3, 10);

    /// <summary>Kassel: 350 adults + 110 school leavers, 60 vacancies of 17 employers.</summary>
    public static (List<Jobseeker> People, List<Vacancy> Vacancies) Kassel(int seed = 1) => Create(seed, 460, 60, 17, schoolLeaverShare: 110.0 / 460, commuteKm: null);

    /// <summary>A region's pool: 30,000 people, 4,000 vacancies of 800 employers.</summary>
    public static (List<Jobseeker> People, List<Vacancy> Vacancies) Regional(int seed = 2) => Create(seed, 30_000, 4_000, 800, 0.2, commuteKm: null);

    /// <summary>
    /// National scale, worst case: 100,000 people × 5,000 vacancies, everyone willing to commute across
    /// the whole directory (200 km) and nothing excluded by phase, so every pair is scored in full.
    /// </summary>
    public static (List<Jobseeker> People, List<Vacancy> Vacancies) National(int seed = 3) => Create(seed, 100_000, 5_000, 1_000, 0, commuteKm: 200);

    private static (List<Jobseeker>, List<Vacancy>) Create(int seed, int people, int vacancies, int employers, double schoolLeaverShare, int? commuteKm)
    {
        var random = new Random(seed);
        var skills = Areas.ToDictionary(a => a, a => Enumerable.Range(1, 12).Select(k => $"{a} {k}").ToArray());
        var byArea = Occupations.GroupBy(o => o.Area).ToDictionary(g => g.Key, g => g.ToArray());

        // Kassel and its district hold most people and workplaces.
        PostcodeArea Place() => random.Next(10) < 5 ? Places[random.Next(Math.Min(16, Places.Length))] : Places[random.Next(Places.Length)];
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        string Area() => Areas[Math.Min(Areas.Length - 1, (int)(Areas.Length * Math.Pow(random.NextDouble(), 1.4)))];

        var vacancyList = new List<Vacancy>(vacancies);
        for (var id = 1; id <= vacancies; id++)
        {
            var area = Area();
            var occupation = Pick(byArea[area]);
            var apprenticeship = schoolLeaverShare > 0 && random.NextDouble() < schoolLeaverShare * 1.2;
            var asked = skills[area].OrderBy(_ => random.Next()).Take(random.Next(2, 7)).ToList();
            vacancyList.Add(new Vacancy
            {
                Id = id,
                EmployerId = 1 + random.Next(employers),
                Kind = apprenticeship ? VacancyKind.Apprenticeship : VacancyKind.Job,
                Title = occupation.Title,
                KldbCode = occupation.Code,
                Postcode = Place().Postcode,
                WorkingTime = random.Next(10) switch { < 6 => WorkingTime.FullTime, < 8 => WorkingTime.FullTime | WorkingTime.PartTime, 8 => WorkingTime.Shifts, _ => WorkingTime.PartTime },
                StartDate = FairDay.AddDays(random.Next(0, 180)),
                Skills = [.. asked.Select((s, k) => new VacancySkill { Name = s, Required = k < asked.Count / 2 })],
                GermanLevel = (CefrLevel)random.Next(1, 5),
                DrivingLicenceRequired = commuteKm is null && random.Next(6) == 0,
                MinimumSchoolCertificate = apprenticeship ? (SchoolCertificate)random.Next(1, 4) : null,
                Phases = apprenticeship ? TargetGroups.SchoolLeavers : random.Next(5) == 0 ? TargetGroups.Both : TargetGroups.Adults,
            });
        }

        var peopleList = new List<Jobseeker>(people);
        for (var id = 1; id <= people; id++)
        {
            var area = Area();
            var schoolLeaver = random.NextDouble() < schoolLeaverShare;
            var targets = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => random.Next(5) == 0 ? Pick(Occupations).Code : Pick(byArea[area]).Code)
                .Distinct().ToList();
            var place = Place();
            peopleList.Add(new Jobseeker
            {
                Id = id,
                AgencyId = 1 + random.Next(3),
                ReferenceNumber = $"K{id:D6}",
                FirstName = "Vorname",
                LastName = $"Nachname{id}",
                Postcode = place.Postcode,
                TargetGroup = schoolLeaver ? TargetGroup.SchoolLeaver : TargetGroup.Adult,
                TargetKldbCodes = targets,
                Skills = [.. skills[area].Where(_ => random.Next(3) == 0), .. random.Next(4) == 0 ? skills[Area()].Take(2) : []],
                GermanLevel = (CefrLevel)random.Next(1, 7),
                HasDrivingLicence = random.Next(10) < 7,
                SchoolCertificate = (SchoolCertificate)random.Next(0, 5),
                WorkingTimeWishes = random.Next(10) switch { < 6 => WorkingTime.FullTime, < 8 => WorkingTime.PartTime, 8 => WorkingTime.FullTime | WorkingTime.Shifts, _ => WorkingTime.None },
                MaxCommuteKm = commuteKm ?? Pick(new[] { 10, 15, 20, 25, 30, 40, 60 }),
                EarliestStart = random.Next(3) == 0 ? null : FairDay.AddDays(random.Next(-30, 200)),
                EmployerExclusions = random.Next(50) == 0 ? [new EmployerExclusion { EmployerId = 1 + random.Next(employers) }] : [],
            });
        }

        return (peopleList, vacancyList);
    }
}
