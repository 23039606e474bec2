using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// Builds the synthetic demo fair "job-connect Kassel" (named after the fair's year): two phases, 4 agencies, 17 fictional
/// employers with booths and about 60 vacancies, about 350 adults and 110 school leavers.
/// Everything is drawn from a fixed-seed generator, so the same arguments give the same graph.
/// </summary>
public static class DemoFairData
{
    /// <summary>Seed of the generator; change it only together with anything that relies on the exact demo data.</summary>
    public const int Seed = 20270311;

    /// <summary>Builds the unsaved object graph; see <see cref="DemoFair"/> for the keys the saver must set.</summary>
    /// <param name="fairDate">Day of the fair; start dates, birth years and the deadline are derived from it.</param>
    /// <param name="nowUtc">"Now" for creation and consent timestamps.</param>
    public static DemoFair Build(DateOnly fairDate, DateTime nowUtc)
    {
        var random = new Random(Seed);
        var fair = BuildFair(fairDate);
        var agencies = DemoAgencies.Build();
        var (employers, vacancies) = BuildEmployers(fair, fairDate, nowUtc, random);
        var jobseekers = new DemoJobseekerFactory(random, fairDate, nowUtc, employers, vacancies).Create(agencies);
        return new DemoFair(fair, agencies, employers, vacancies, jobseekers);
    }

    private static Fair BuildFair(DateOnly fairDate)
    {
        var fair = new Fair
        {
            Name = $"job-connect Kassel {fairDate.Year}",
            Date = fairDate,
            Venue = "Ständehaus Kassel",
            VenueAddress = "Ständeplatz 8, 34117 Kassel",
            // Three weeks ahead, end of day in Germany (22:00 UTC is midnight in summer, 23:00 in winter).
            ReportingDeadlineUtc = fairDate.AddDays(-21).ToDateTime(new TimeOnly(22, 0), DateTimeKind.Utc),
            RetentionDays = 180,
        };

        fair.Phases.Add(new FairPhase
        {
            Fair = fair,
            Name = "Vormittag",
            TargetGroup = TargetGroup.Adult,
            Start = new TimeOnly(9, 0),
            End = new TimeOnly(12, 30),
            SlotMinutes = 15,
            SeatCapacity = 350,
            ConversationsPerPerson = 3,
            MinimumScore = 50,
            EntranceCapacityPerWave = 60,
            Breaks = [new PhaseBreak { Start = new TimeOnly(10, 45), End = new TimeOnly(11, 0) }],
        });
        fair.Phases.Add(new FairPhase
        {
            Fair = fair,
            Name = "Nachmittag",
            TargetGroup = TargetGroup.SchoolLeaver,
            Start = new TimeOnly(14, 0),
            End = new TimeOnly(16, 30),
            SlotMinutes = 15,
            SeatCapacity = 120,
            ConversationsPerPerson = 2,
            MinimumScore = 50,
            EntranceCapacityPerWave = 40,
        });
        return fair;
    }

    private static (IReadOnlyList<Employer> Employers, IReadOnlyList<Vacancy> Vacancies) BuildEmployers(
        Fair fair, DateOnly fairDate, DateTime nowUtc, Random random)
    {
        var employers = new List<Employer>();
        var vacancies = new List<Vacancy>();
        var boothsInHallA = (DemoEmployers.All.Length + 1) / 2;

        for (var i = 0; i < DemoEmployers.All.Length; i++)
        {
            var spec = DemoEmployers.All[i];
            var createdUtc = nowUtc.AddDays(-random.Next(30, 90));
            var employer = new Employer
            {
                Name = spec.Name,
                Industry = spec.Industry,
                Street = spec.Street,
                Postcode = spec.Postcode,
                City = spec.City,
                Website = $"https://www.{spec.Domain}",
                Description = spec.Description,
                Status = EmployerStatus.Admitted,
                CreatedUtc = createdUtc,
                ContactPersons = [.. spec.Contacts.Select(c => new ContactPerson
                {
                    Name = c.Name,
                    Role = c.Role,
                    Email = $"{DemoText.EmailLocalPart(c.Name)}@{spec.Domain}",
                    Phone = DemoText.Phone(spec.Postcode, random),
                })],
            };
            employers.Add(employer);

            var employerVacancies = spec.Vacancies.Select(v => BuildVacancy(employer, spec, v, fairDate, createdUtc, random)).ToList();
            vacancies.AddRange(employerVacancies);

            fair.Booths.Add(new Booth
            {
                Fair = fair,
                Employer = employer,
                Label = i < boothsInHallA ? $"A{i + 1:00}" : $"B{i - boothsInHallA + 1:00}",
                Tables = spec.Tables,
                Phases = employerVacancies.Aggregate(TargetGroups.None, (set, v) => set | v.Phases),
            });
        }

        return (employers, vacancies);
    }

    private static Vacancy BuildVacancy(Employer employer, DemoEmployer spec, DemoVacancy v, DateOnly fairDate, DateTime createdUtc, Random random)
    {
        var pool = v.Kind == VacancyKind.Apprenticeship ? DemoSkills.ForTrainee(v.KldbCode) : DemoSkills.ForJob(v.KldbCode);
        var picked = DemoText.Pick(pool, Math.Min(pool.Count, random.Next(3, 6)), random);
        // Apprenticeships ask for little up front: one must-have, the rest is welcome.
        var mustCount = v.Kind == VacancyKind.Apprenticeship ? 1 : Math.Min(picked.Count - 1, random.Next(1, 4));

        return new Vacancy
        {
            Employer = employer,
            Kind = v.Kind,
            Title = v.Title,
            KldbCode = v.KldbCode,
            Openings = v.Openings,
            Postcode = v.Postcode ?? spec.Postcode,
            WorkingTime = v.WorkingTime,
            StartDate = v.Kind == VacancyKind.Apprenticeship
                ? DemoDates.ApprenticeshipStart(fairDate)
                : DemoDates.FirstOfMonthAfter(fairDate, random.Next(1, 4)),
            Skills = [.. picked.Select((name, index) => new VacancySkill { Name = DemoSkills.AsWritten(name, random), Required = index < mustCount })],
            GermanLevel = v.GermanLevel,
            DrivingLicenceRequired = v.Licence,
            MinimumSchoolCertificate = v.MinimumSchoolCertificate,
            Phases = v.EffectivePhases,
            Status = VacancyStatus.Reported,
            Description = v.Description,
            CreatedUtc = createdUtc,
            UpdatedUtc = createdUtc.AddDays(random.Next(0, 20)),
        };
    }
}
