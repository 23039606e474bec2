using JobConnect.Domain.Scheduling;

namespace JobConnect.Benchmarks.Scheduling;

/// <summary>
/// Synthetic fairs shaped like the real one: employers belong to an occupational field and report a
/// few vacancies; people aim at one or two fields; scores are high inside a field, middling in a
/// related one, and pairs below the minimum score are filtered out before scheduling.
/// </summary>
public static class FairGenerator
{
    private const int Fields = 8;
    private const int MinimumScore = 40;

    /// <summary>Kassel morning: 350 people, 17 employers × 1–3 tables, 09:00–12:30 in 15-minute slots (14), K = 3.</summary>
    public static SchedulingProblem KasselMorning(int seed = 1) =>
        Create(seed, people: 350, employers: 17, slots: 14, entranceCapacity: 35, personIdOffset: 0);

    /// <summary>Kassel afternoon: 120 people, same 17 employers, 14:00–16:30 (10 slots), K = 3.</summary>
    public static SchedulingProblem KasselAfternoon(int seed = 1) =>
        Create(seed + 1000, people: 120, employers: 17, slots: 10, entranceCapacity: 20, personIdOffset: 10_000);

    /// <summary>A big fair: 5,000 people, 200 employers × 1–3 tables, 16 slots, K = 3; dense candidate pairs.</summary>
    public static SchedulingProblem BigFair(int seed = 1) =>
        Create(seed, people: 5000, employers: 200, slots: 16, entranceCapacity: 450, personIdOffset: 0);

    private static SchedulingProblem Create(int seed, int people, int employers, int slots, int entranceCapacity, int personIdOffset)
    {
        var random = new Random(seed);
        var booths = Enumerable.Range(1, employers)
            .Select(id => (Employer: new SchedulingEmployer(id, random.Next(1, 4)), Field: random.Next(Fields),
                Vacancies: Enumerable.Range(0, random.Next(1, 5)).Select(v => (Id: (id * 100) + v, Quality: random.Next(0, 25))).ToArray()))
            .ToList();
        var persons = Enumerable.Range(1, people).Select(i => new SchedulingPerson(personIdOffset + i, 3)).ToList();
        var candidates = new List<CandidatePair>();
        foreach (var person in persons)
        {
            var home = random.Next(Fields);
            var second = random.Next(3) == 0 ? random.Next(Fields) : home;
            var fitness = random.Next(-10, 11);
            foreach (var (employer, field, vacancies) in booths)
            {
                var fieldScore = field == home ? 60 : field == second ? 50 : Math.Abs(field - home) == 1 ? 30 : 5;
                var best = vacancies.Select(v => (v.Id, Score: Math.Clamp(fieldScore + v.Quality + fitness + random.Next(-12, 13), 0, 100)))
                    .MaxBy(v => v.Score);
                if (best.Score >= MinimumScore)
                {
                    candidates.Add(new CandidatePair(person.Id, employer.Id, best.Id, best.Score));
                }
            }
        }

        return new SchedulingProblem
        {
            SlotCount = slots,
            People = persons,
            Employers = [.. booths.Select(b => b.Employer)],
            Candidates = candidates,
            EntranceCapacity = entranceCapacity,
        };
    }
}
