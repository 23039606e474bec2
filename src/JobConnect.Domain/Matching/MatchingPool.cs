using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Matching;

/// <summary>
/// Jobseekers and vacancies flattened for <see cref="FastMatcher"/>: struct-of-arrays sorted by id,
/// skills as bitsets over the canonical terms the vacancies ask for (looked up in the
/// <see cref="SkillVocabulary"/> here, once per distinct wording — never per pair), distances as one small table per vacancy
/// location. Build it once per change of people or vacancies; weights are applied at ranking time.
/// Archived jobseekers and vacancies that are not open are left out.
/// </summary>
public sealed class MatchingPool
{
    /// <summary>People are padded to a multiple of this with never-matching rows so kernels need no tail.</summary>
    internal const int Lanes = 8;

    private MatchingPool(int people, int vacancies, int targets, int words)
    {
        PersonCount = people;
        PaddedPersonCount = (people + Lanes - 1) / Lanes * Lanes;
        VacancyCount = vacancies;
        TargetSlots = targets;
        SkillWords = words;
        var n = PaddedPersonCount;
        PersonIds = new int[n];
        Targets = Jagged(targets, n, -1);
        Skills = Jagged(words, n, 0);
        Location = new int[n];
        Commute = new int[n];
        WorkingTime = new int[n];
        StartDay = new int[n];
        German = new int[n];
        Licence = new int[n];
        Certificate = new int[n];
        Phase = new int[n];
        ExcludedEmployers = new int[n][];
        VacancyIds = new int[vacancies];
        EmployerIds = new int[vacancies];
        VacancyGroup4 = new int[vacancies];
        VacancyLevel = new int[vacancies];
        VacancyTarget = new int[vacancies];
        MustWords = Jagged(vacancies, words, 0);
        NiceWords = Jagged(vacancies, words, 0);
        MustCount = new int[vacancies];
        NiceCount = new int[vacancies];
        VacancyLocation = new int[vacancies];
        VacancyWorkingTime = new int[vacancies];
        VacancyStartDay = new int[vacancies];
        VacancyGerman = new int[vacancies];
        LicenceRequired = new bool[vacancies];
        MinimumCertificate = new int[vacancies];
        VacancyPhases = new int[vacancies];
        DistanceRows = [];
    }

    public int PersonCount { get; }
    public int VacancyCount { get; }
    internal int PaddedPersonCount { get; }
    internal int TargetSlots { get; }
    internal int SkillWords { get; }

    // Person columns (index = rank of the id); padding rows have Phase 0 and so are always excluded.
    internal int[] PersonIds { get; }
    /// <summary>Target codes packed by <see cref="PackKldb"/>, one column per slot; −1 = no code.</summary>
    internal int[][] Targets { get; }
    internal int[][] Skills { get; }
    internal int[] Location { get; }
    internal int[] Commute { get; }
    internal int[] WorkingTime { get; }
    internal int[] StartDay { get; }
    internal int[] German { get; }
    internal int[] Licence { get; }
    internal int[] Certificate { get; }
    internal int[] Phase { get; }
    internal int[]?[] ExcludedEmployers { get; }

    // Vacancy columns (index = rank of the id).
    internal int[] VacancyIds { get; }
    internal int[] EmployerIds { get; }
    internal int[] VacancyGroup4 { get; }
    internal int[] VacancyLevel { get; }
    internal int[] VacancyTarget { get; }
    internal int[][] MustWords { get; }
    internal int[][] NiceWords { get; }
    internal int[] MustCount { get; }
    internal int[] NiceCount { get; }
    internal int[] VacancyLocation { get; }
    internal int[] VacancyWorkingTime { get; }
    internal int[] VacancyStartDay { get; }
    internal int[] VacancyGerman { get; }
    internal bool[] LicenceRequired { get; }
    internal int[] MinimumCertificate { get; }
    internal int[] VacancyPhases { get; }

    /// <summary>Per distinct vacancy location: distance in tenths of a km to each person location (last column: unknown, −1).</summary>
    internal int[][] DistanceRows { get; private set; }

    /// <summary>Flattens the matchable people and vacancies; ids must be unique on each side.</summary>
    /// <param name="jobseekers">The people; archived ones are left out.</param>
    /// <param name="vacancies">The vacancies; only open ones are kept.</param>
    /// <param name="locate">Postcode → coordinates; <see cref="PostcodeDirectory.Find"/> when null.</param>
    /// <param name="vocabulary">Skill terms and synonyms; <see cref="SkillVocabulary.Shipped"/> when null.</param>
    public static MatchingPool Create(IEnumerable<Jobseeker> jobseekers, IEnumerable<Vacancy> vacancies, Func<string, PostcodeArea?>? locate = null,
        SkillVocabulary? vocabulary = null)
    {
        locate ??= PostcodeDirectory.Find;
        var terms = vocabulary ?? SkillVocabulary.Shipped;
        // Many people write the same words: each distinct wording is looked up once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string written) => keys.TryGetValue(written, out var key) ? key : keys[written] = terms.Key(written);
        var people = jobseekers.Where(j => !j.Archived).OrderBy(j => j.Id).ToList();
        var open = vacancies.Where(MatchRules.IsOpen).OrderBy(v => v.Id).ToList();

        // Only skills some vacancy asks for matter; the rest of a person's skills cannot score.
        // Sorted, so related skills with a common prefix tend to share a bitset word.
        var bits = open.SelectMany(v => v.Skills).Select(s => s.Name).Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(Key).Distinct().Order(StringComparer.Ordinal)
            .Select((name, index) => (name, index)).ToDictionary(e => e.name, e => e.index, StringComparer.Ordinal);

        var targets = Math.Max(1, people.Select(p => p.TargetKldbCodes.Count(c => MatchRules.ParseKldb(c) is not null)).DefaultIfEmpty().Max());
        var pool = new MatchingPool(people.Count, open.Count, targets, Math.Max(1, (bits.Count + 31) / 32));

        var areas = new Dictionary<string, PostcodeArea?>(StringComparer.Ordinal);
        PostcodeArea? Area(string postcode) =>
            areas.TryGetValue(postcode, out var area) ? area : areas[postcode] = locate(postcode);

        var personLocations = new Dictionary<PostcodeArea, int>();
        var locatedPeople = people.Select(p => Area(p.Postcode)).ToList();
        foreach (var area in locatedPeople.OfType<PostcodeArea>())
        {
            personLocations.TryAdd(area, personLocations.Count);
        }

        for (var i = 0; i < people.Count; i++)
        {
            pool.FillPerson(i, people[i], bits, Key, locatedPeople[i] is { } a ? personLocations[a] : personLocations.Count);
        }

        for (var i = people.Count; i < pool.PaddedPersonCount; i++)
        {
            pool.Location[i] = personLocations.Count;
        }

        var vacancyLocations = new Dictionary<PostcodeArea, int>();
        var rows = new List<int[]>();
        int Row(PostcodeArea? area)
        {
            if (area is null)
            {
                // A vacancy without coordinates: every distance unknown.
                rows.Add(Enumerable.Repeat(-1, personLocations.Count + 1).ToArray());
                return rows.Count - 1;
            }

            if (!vacancyLocations.TryGetValue(area, out var index))
            {
                var row = new int[personLocations.Count + 1];
                foreach (var (personArea, column) in personLocations)
                {
                    row[column] = MatchRules.DistanceTenths(personArea, area);
                }

                row[personLocations.Count] = -1;
                rows.Add(row);
                index = vacancyLocations[area] = rows.Count - 1;
            }

            return index;
        }

        for (var j = 0; j < open.Count; j++)
        {
            pool.FillVacancy(j, open[j], bits, Key, Row(Area(open[j].Postcode)));
        }

        pool.DistanceRows = [.. rows];
        return pool;
    }

    private void FillPerson(int i, Jobseeker person, Dictionary<string, int> bits, Func<string, string> key, int location)
    {
        PersonIds[i] = person.Id;
        var slot = 0;
        foreach (var code in person.TargetKldbCodes)
        {
            if (MatchRules.ParseKldb(code) is { } parsed)
            {
                Targets[slot][i] = PackKldb(parsed.Group4, parsed.Level);
                slot++;
            }
        }

        foreach (var skill in person.Skills.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (bits.TryGetValue(key(skill), out var bit))
            {
                Skills[bit / 32][i] |= 1 << (bit % 32);
            }
        }

        Location[i] = location;
        Commute[i] = MatchRules.CommuteTenths(person.MaxCommuteKm);
        WorkingTime[i] = MatchRules.WorkingTimeMask(person.WorkingTimeWishes);
        StartDay[i] = MatchRules.StartDay(person.EarliestStart);
        German[i] = (int)person.GermanLevel;
        Licence[i] = person.HasDrivingLicence ? 1 : 0;
        Certificate[i] = (int)person.SchoolCertificate;
        Phase[i] = (int)Common.TargetGroupExtensions.ToSet(person.TargetGroup);
        var excluded = person.EmployerExclusions.Select(e => e.EmployerId).Distinct().Order().ToArray();
        ExcludedEmployers[i] = excluded.Length > 0 ? excluded : null;
    }

    private void FillVacancy(int j, Vacancy vacancy, Dictionary<string, int> bits, Func<string, string> key, int locationRow)
    {
        VacancyIds[j] = vacancy.Id;
        EmployerIds[j] = vacancy.EmployerId;
        // An invalid code gets sentinels that no person slot (−1 padding) can equal.
        (VacancyGroup4[j], VacancyLevel[j]) = MatchRules.ParseKldb(vacancy.KldbCode) ?? (-20, 0);
        VacancyTarget[j] = VacancyGroup4[j] < 0 ? int.MinValue : PackKldb(VacancyGroup4[j], VacancyLevel[j]);
        var must = new HashSet<int>();
        foreach (var skill in vacancy.Skills.Where(s => s.Required && !string.IsNullOrWhiteSpace(s.Name)))
        {
            must.Add(bits[key(skill.Name)]);
        }

        var nice = new HashSet<int>();
        foreach (var skill in vacancy.Skills.Where(s => !s.Required && !string.IsNullOrWhiteSpace(s.Name)))
        {
            var bit = bits[key(skill.Name)];
            if (!must.Contains(bit))
            {
                nice.Add(bit);
            }
        }

        foreach (var bit in must)
        {
            MustWords[j][bit / 32] |= 1 << (bit % 32);
        }

        foreach (var bit in nice)
        {
            NiceWords[j][bit / 32] |= 1 << (bit % 32);
        }

        (MustCount[j], NiceCount[j]) = (must.Count, nice.Count);
        VacancyLocation[j] = locationRow;
        VacancyWorkingTime[j] = MatchRules.WorkingTimeMask(vacancy.WorkingTime);
        VacancyStartDay[j] = vacancy.StartDate.DayNumber;
        VacancyGerman[j] = (int)vacancy.GermanLevel;
        LicenceRequired[j] = vacancy.DrivingLicenceRequired;
        MinimumCertificate[j] = (int)MatchRules.MinimumCertificate(vacancy);
        VacancyPhases[j] = (int)vacancy.Phases;
    }

    /// <summary>
    /// One int per code so the kernel loads one column per slot: 3-digit group in bits 8+, the 4th
    /// digit in bits 4–7, the level in bits 0–3. Shifting by 8 / 4 compares group / subgroup.
    /// </summary>
    internal static int PackKldb(int group4, int level) => ((group4 / 10) << 8) | ((group4 % 10) << 4) | level;

    /// <summary>Inverse of <see cref="PackKldb"/>.</summary>
    internal static (int Group4, int Level) UnpackKldb(int packed) => (((packed >> 8) * 10) + ((packed >> 4) & 15), packed & 15);

    private static int[][] Jagged(int outer, int inner, int fill)
    {
        var result = new int[outer][];
        for (var k = 0; k < outer; k++)
        {
            result[k] = new int[inner];
            if (fill != 0)
            {
                Array.Fill(result[k], fill);
            }
        }

        return result;
    }
}
