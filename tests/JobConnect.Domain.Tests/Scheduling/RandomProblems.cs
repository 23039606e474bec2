using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

/// <summary>Seeded random phases for property tests.</summary>
internal static class RandomProblems
{
    /// <param name="seed">Random seed.</param>
    /// <param name="people">Number of people.</param>
    /// <param name="employers">Number of employers.</param>
    /// <param name="slots">Number of slots.</param>
    /// <param name="restricted">Adds earliest slots, employer absences and pins.</param>
    public static SchedulingProblem Create(int seed, int people, int employers, int slots, bool restricted, int maxTables = 3)
    {
        var random = new Random(seed);
        var blocked = slots > 3 && random.Next(3) == 0 ? new HashSet<int> { random.Next(1, slots - 1) } : [];
        var persons = Enumerable.Range(1, people)
            .Select(id => new SchedulingPerson(id, random.Next(1, 4), restricted && random.Next(4) == 0 ? random.Next(slots) : null))
            .ToList();
        var booths = Enumerable.Range(1, employers)
            .Select(id => new SchedulingEmployer(100 + id, random.Next(1, maxTables + 1),
                restricted && random.Next(3) == 0 ? new HashSet<int> { random.Next(slots) } : null))
            .ToList();
        var candidates = new List<CandidatePair>();
        foreach (var person in persons)
        {
            foreach (var booth in booths.Where(_ => random.Next(10) < 6))
            {
                candidates.Add(new CandidatePair(person.Id, booth.Id, (booth.Id * 10) + random.Next(3), random.Next(101)));
            }
        }

        var problem = new SchedulingProblem
        {
            SlotCount = slots,
            BlockedSlots = blocked,
            People = persons,
            Employers = booths,
            Candidates = candidates,
            EntranceCapacity = random.Next(2) == 0 ? Math.Max(1, people / Math.Max(1, slots - 1)) : null,
        };
        return restricted ? problem with { Pinned = RandomPins(random, problem) } : problem;
    }

    /// <summary>A few pins that are valid on their own: taken from a schedule of the same problem.</summary>
    private static List<PinnedConversation> RandomPins(Random random, SchedulingProblem problem)
    {
        var schedule = new ConversationScheduler().Schedule(problem);
        return [.. schedule.Conversations.Where(_ => random.Next(5) == 0)
            .Select(c => new PinnedConversation(c.PersonId, c.EmployerId, c.TableIndex, c.Slot, c.VacancyId))];
    }
}
