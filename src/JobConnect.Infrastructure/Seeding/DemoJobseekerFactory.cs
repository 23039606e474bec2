using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// Generates the demo caseload. Most people aim at occupations the exhibitors offer (the fair invites
/// on purpose), some aim elsewhere so that matching has something to reject.
/// </summary>
internal sealed partial class DemoJobseekerFactory
{
    public const string ConsentTextVersion = "2027-01";

    // Occupations people ask for that no exhibitor offers this year.
    private static readonly string[] OffTargetCodes = ["53112", "73202", "82312", "83112", "92122", "61122", "22342", "33212", "51321"];
    private static readonly string[] ReturnerCodes = ["62102", "62112", "62312", "71402", "81102", "82101", "82102", "72212", "83112"];
    private static readonly string[] DropOutCodes = ["43412", "43102", "71302", "72212", "71402", "51622"];

    private readonly Random _random;
    private readonly DateOnly _fairDate;
    private readonly DateTime _nowUtc;
    private readonly IReadOnlyList<Employer> _employers;
    private readonly IReadOnlyList<Vacancy> _vacancies;
    private readonly (string Code, int Weight)[] _jobCodes;
    private readonly (string Code, int Weight)[] _apprenticeshipCodes;
    private readonly Dictionary<Vacancy, int> _aims = [];

    public DemoJobseekerFactory(Random random, DateOnly fairDate, DateTime nowUtc, IReadOnlyList<Employer> employers, IReadOnlyList<Vacancy> vacancies)
    {
        _random = random;
        _fairDate = fairDate;
        _nowUtc = nowUtc;
        _employers = employers;
        _vacancies = vacancies;
        _jobCodes = CodesByOpenings(vacancies.Where(v => v.Kind == VacancyKind.Job));
        _apprenticeshipCodes = CodesByOpenings(vacancies.Where(v => v.Kind == VacancyKind.Apprenticeship));
    }

    private enum Persona
    {
        Skilled,
        LongTermUnemployed,
        Returner,
        Refugee,
        UniversityDropOut,
        CareerChanger,
    }

    public IReadOnlyList<DemoJobseeker> Create(IReadOnlyList<Agency> agencies)
    {
        var result = new List<DemoJobseeker>();
        foreach (var caseload in DemoCaseload.All())
        {
            var agency = agencies.Single(a => a.Name == caseload.AgencyName);
            for (var i = 0; i < caseload.Adults; i++)
            {
                result.Add(CreateAdult(agency, caseload));
            }
            for (var i = 0; i < caseload.SchoolLeavers; i++)
            {
                result.Add(CreateSchoolLeaver(agency, caseload));
            }
        }
        return result;
    }

    private DemoJobseeker CreateAdult(Agency agency, DemoCaseload caseload)
    {
        var origin = DemoText.Weighted(DemoOrigins.Adults, _random);
        // Recent arrivals are mostly job-centre clients (basic income support), rarely the agency's.
        if (origin.RecentArrival && agency.Kind == AgencyKind.Arbeitsagentur && DemoText.Chance(_random, 0.7))
        {
            origin = DemoText.Weighted(DemoOrigins.Adults, _random);
        }

        var female = DemoText.Chance(_random, 0.48);
        var persona = PickPersona(origin, female, agency.Kind);
        var german = persona == Persona.Refugee || origin.Key != "de" ? DemoText.One(origin.AdultGerman, _random) : CefrLevel.C2;
        var aim = AimedVacancy(persona, german);
        var targets = AdultTargets(persona, aim);
        var person = NewPerson(caseload, origin, female, TargetGroup.Adult, german);

        person.DateOfBirth = DemoDates.DayIn(BirthYear(persona), _random);
        person.TargetKldbCodes = targets;
        person.Skills = SkillsFor(targets, trainee: false, FitChance(persona));
        person.SchoolCertificate = AdultSchoolCertificate(persona, origin);
        person.QualificationLevel = Qualification(persona, targets[0]);
        person.HasDrivingLicence = targets.Contains("52122") ? DemoText.Chance(_random, 0.85) : DemoText.Chance(_random, LicenceChance(persona));
        person.WorkingTimeWishes = WorkingTimeWish(persona, targets);
        person.MaxCommuteKm = person.HasDrivingLicence ? _random.Next(2, 11) * 5 : _random.Next(2, 6) * 5;
        person.EarliestStart = _fairDate.AddDays(persona == Persona.Returner
            ? DemoText.One([30, 60, 90], _random)
            : DemoText.One([0, 0, 14, 30, 30, 60], _random));
        if (aim is not null && DemoText.Chance(_random, FitChance(persona)))
        {
            FitTo(person, aim);
        }
        person.NeedsAccessibility = DemoText.Chance(_random, 0.03);
        person.CreatedUtc = _nowUtc.AddDays(-_random.Next(20, 400));
        person.UpdatedUtc = _nowUtc.AddDays(-_random.Next(0, 20));
        AddConsents(person, 0.88);

        return new DemoJobseeker(agency, person, PickExclusions(targets, 0.03));
    }

    private Persona PickPersona(DemoOrigin origin, bool female, AgencyKind kind)
    {
        if (origin.RecentArrival && DemoText.Chance(_random, 0.8))
        {
            return Persona.Refugee;
        }

        (Persona, int)[] weights = kind == AgencyKind.Jobcenter
            ? [(Persona.Skilled, 39), (Persona.LongTermUnemployed, 35), (Persona.Returner, 12), (Persona.UniversityDropOut, 4), (Persona.CareerChanger, 10)]
            : [(Persona.Skilled, 60), (Persona.LongTermUnemployed, 5), (Persona.Returner, 12), (Persona.UniversityDropOut, 8), (Persona.CareerChanger, 15)];
        var persona = DemoText.Weighted(weights, _random);
        return persona == Persona.Returner && !female ? Persona.Skilled : persona;
    }

    private int BirthYear(Persona persona) => persona switch
    {
        Persona.UniversityDropOut => _random.Next(1997, 2004),
        Persona.Returner => _random.Next(1980, 1996),
        Persona.LongTermUnemployed => _random.Next(1965, 1996),
        Persona.Refugee => _random.Next(1975, 2004),
        Persona.CareerChanger => _random.Next(1972, 1999),
        _ => _random.Next(1965, 2004),
    };

    /// <summary>
    /// The vacancy a caseworker has in mind for the person: every job vacancy is equally likely (a fair
    /// invites people for each reported place, not only for the big ones), among those whose
    /// requirement level suits the person. Null for the few who aim at an occupation nobody offers.
    /// </summary>
    private Vacancy? AimedVacancy(Persona persona, CefrLevel german)
    {
        if (DemoText.Chance(_random, 0.1))
        {
            return null;
        }

        Func<int, bool> levelFits = persona switch
        {
            Persona.Returner or Persona.UniversityDropOut or Persona.CareerChanger => _ => true,
            Persona.LongTermUnemployed => level => level == 1 || DemoText.Chance(_random, 0.25),
            Persona.Refugee when german <= CefrLevel.A2 => level => level == 1,
            Persona.Refugee => level => level <= 2,
            _ => level => level >= 2 || DemoText.Chance(_random, 0.2),
        };
        var jobs = _vacancies.Where(v => v.Kind == VacancyKind.Job).ToList();
        var fitting = jobs.Where(v => levelFits(v.KldbCode[4] - '0')).ToList();
        var pool = fitting.Count > 0 ? fitting : jobs;
        // Of two random places the one fewer people aim at so far: caseworkers fill every place, not only a few.
        var (one, other) = (DemoText.One(pool, _random), DemoText.One(pool, _random));
        var aim = _aims.GetValueOrDefault(one) <= _aims.GetValueOrDefault(other) ? one : other;
        _aims[aim] = _aims.GetValueOrDefault(aim) + 1;
        return aim;
    }

    private List<string> AdultTargets(Persona persona, Vacancy? aim)
    {
        var first = aim?.KldbCode ?? persona switch
        {
            Persona.Returner => DemoText.One(ReturnerCodes, _random),
            Persona.UniversityDropOut => DemoText.One(DropOutCodes, _random),
            _ => DemoText.One(OffTargetCodes, _random),
        };

        var targets = new List<string> { first };
        if (DemoText.Chance(_random, 0.6))
        {
            targets.Add(RelatedCode(first));
        }
        if (DemoText.Chance(_random, 0.15))
        {
            targets.Add(DemoText.Weighted(_jobCodes, _random));
        }
        return [.. targets.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Someone the caseworker picked for this vacancy: the conditions that would rule them out fit
    /// (working time, licence, commute, German one level below at worst) — as at a real fair, where
    /// people are invited because they fit, not at random.
    /// </summary>
    private void FitTo(Jobseeker person, Vacancy aim)
    {
        if ((person.WorkingTimeWishes & aim.WorkingTime) == 0)
        {
            person.WorkingTimeWishes |= aim.WorkingTime & (WorkingTime.FullTime | WorkingTime.PartTime | WorkingTime.Shifts);
        }
        person.HasDrivingLicence |= aim.DrivingLicenceRequired;
        if (PostcodeDirectory.Find(person.Postcode) is { } home && PostcodeDirectory.Find(aim.Postcode) is { } work)
        {
            // Far enough to reach the place comfortably (within half the commute), in steps of 5 km.
            var needed = (int)Math.Ceiling(PostcodeDirectory.DistanceKm(home, work) * 2 / 5) * 5;
            person.MaxCommuteKm = Math.Max(person.MaxCommuteKm, Math.Min(needed, 50));
        }
        if (person.GermanLevel < aim.GermanLevel - 1)
        {
            person.GermanLevel = aim.GermanLevel - 1;
        }
        if (person.EarliestStart > aim.StartDate)
        {
            person.EarliestStart = aim.StartDate;
        }
    }

    /// <summary>A neighbour in the KldB hierarchy (same 3-digit group) or another offered job of the same field.</summary>
    private string RelatedCode(string code)
    {
        var siblings = KldbCatalog.All.Where(o => o.Code != code && o.Code[..3] == code[..3]).Select(o => o.Code).ToList();
        if (siblings.Count > 0 && DemoText.Chance(_random, 0.6))
        {
            return DemoText.One(siblings, _random);
        }

        var area = KldbCatalog.Find(code)?.Area;
        var sameArea = _jobCodes.Where(c => KldbCatalog.Find(c.Code)?.Area == area).ToArray();
        return DemoText.Weighted(sameArea.Length > 0 ? sameArea : _jobCodes, _random);
    }

    private SchoolCertificate AdultSchoolCertificate(Persona persona, DemoOrigin origin)
    {
        (SchoolCertificate, int)[] weights = persona switch
        {
            Persona.UniversityDropOut => [(SchoolCertificate.Abitur, 85), (SchoolCertificate.Fachhochschulreife, 15)],
            Persona.LongTermUnemployed => [(SchoolCertificate.None, 20), (SchoolCertificate.Hauptschulabschluss, 50), (SchoolCertificate.MittlererAbschluss, 30)],
            // Foreign certificates often await recognition and count as none for now.
            Persona.Refugee => [(SchoolCertificate.None, 45), (SchoolCertificate.Hauptschulabschluss, 25), (SchoolCertificate.MittlererAbschluss, 20), (SchoolCertificate.Abitur, 10)],
            _ when origin.RecentArrival => [(SchoolCertificate.None, 20), (SchoolCertificate.Hauptschulabschluss, 30), (SchoolCertificate.MittlererAbschluss, 35), (SchoolCertificate.Abitur, 15)],
            _ => [(SchoolCertificate.None, 5), (SchoolCertificate.Hauptschulabschluss, 30), (SchoolCertificate.MittlererAbschluss, 40), (SchoolCertificate.Fachhochschulreife, 12), (SchoolCertificate.Abitur, 13)],
        };
        return DemoText.Weighted(weights, _random);
    }

    private QualificationLevel Qualification(Persona persona, string firstTarget)
    {
        (QualificationLevel, int)[] weights = persona switch
        {
            Persona.UniversityDropOut => [(QualificationLevel.None, 1)],
            Persona.LongTermUnemployed => [(QualificationLevel.None, 70), (QualificationLevel.Vocational, 30)],
            Persona.Refugee => [(QualificationLevel.None, 60), (QualificationLevel.Vocational, 35), (QualificationLevel.Specialist, 5)],
            Persona.Returner => [(QualificationLevel.None, 5), (QualificationLevel.Vocational, 85), (QualificationLevel.Specialist, 10)],
            Persona.CareerChanger => [(QualificationLevel.Vocational, 80), (QualificationLevel.Specialist, 20)],
            _ => (firstTarget[4] - '0') switch
            {
                1 => [(QualificationLevel.None, 50), (QualificationLevel.Vocational, 50)],
                2 => [(QualificationLevel.None, 5), (QualificationLevel.Vocational, 95)],
                3 => [(QualificationLevel.Vocational, 20), (QualificationLevel.Specialist, 80)],
                _ => [(QualificationLevel.Specialist, 30), (QualificationLevel.Expert, 70)],
            },
        };
        return DemoText.Weighted(weights, _random);
    }

    private static double LicenceChance(Persona persona) => persona switch
    {
        Persona.Refugee => 0.2,
        Persona.LongTermUnemployed => 0.4,
        Persona.UniversityDropOut => 0.6,
        _ => 0.7,
    };

    private WorkingTime WorkingTimeWish(Persona persona, List<string> targets)
    {
        (WorkingTime, int)[] weights = persona == Persona.Returner
            ? [(WorkingTime.PartTime, 60), (WorkingTime.FullTime | WorkingTime.PartTime, 40)]
            : [(WorkingTime.FullTime, 50), (WorkingTime.FullTime | WorkingTime.Shifts, 25), (WorkingTime.FullTime | WorkingTime.PartTime, 15), (WorkingTime.PartTime, 10)];
        var wish = DemoText.Weighted(weights, _random);
        // Care staff know that the job comes with shifts.
        return targets.Any(c => c.StartsWith("81", StringComparison.Ordinal) || c.StartsWith("82", StringComparison.Ordinal)) && DemoText.Chance(_random, 0.5)
            ? wish | WorkingTime.Shifts
            : wish;
    }

    /// <summary>How likely a person of this kind already brings what their main occupation asks for.</summary>
    private static double FitChance(Persona persona) => persona switch
    {
        Persona.Skilled => 0.9,
        Persona.Returner => 0.8,
        Persona.CareerChanger or Persona.UniversityDropOut => 0.75,
        _ => 0.65,
    };

    /// <summary>
    /// People are invited because they fit: whoever fits holds most of what employers ask for in their
    /// main occupation (all of it, or all but one skill), the others one to three; further targets add a few.
    /// Agency systems word skills their own way, so some come as a synonym of the vocabulary's term.
    /// </summary>
    private List<string> SkillsFor(List<string> targets, bool trainee, double fitChance)
    {
        var skills = new List<string>();
        for (var t = 0; t < targets.Count; t++)
        {
            var pool = trainee ? DemoSkills.ForTrainee(targets[t]) : DemoSkills.ForJob(targets[t]);
            var count = t == 0 && DemoText.Chance(_random, fitChance) ? pool.Count - (DemoText.Chance(_random, 0.25) ? 1 : 0) : _random.Next(1, 4);
            skills.AddRange(DemoText.Pick(pool, count, _random).Select(skill => DemoSkills.AsWritten(skill, _random)));
        }
        if (DemoText.Chance(_random, trainee ? 0.2 : 0.25))
        {
            skills.Add("MS Office");
        }
        return [.. skills.Distinct(StringComparer.Ordinal)];
    }

    private List<Employer> PickExclusions(List<string> targets, double chance)
    {
        if (!DemoText.Chance(_random, chance))
        {
            return [];
        }

        // Usually a former employer in the same line of work.
        var candidates = _vacancies.Where(v => targets.Contains(v.KldbCode)).Select(v => v.Employer!).Distinct().ToList();
        return [DemoText.One(candidates.Count > 0 ? candidates : _employers, _random)];
    }

    private static (string Code, int Weight)[] CodesByOpenings(IEnumerable<Vacancy> vacancies) =>
        [.. vacancies.GroupBy(v => v.KldbCode, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal)
                     .Select(g => (g.Key, g.Sum(v => v.Openings)))];
}
