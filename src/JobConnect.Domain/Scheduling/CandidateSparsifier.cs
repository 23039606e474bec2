namespace JobConnect.Domain.Scheduling;

/// <summary>
/// Thins out the candidate pairs of a large fair before scheduling: each person's best pairs plus each
/// employer's best pairs up to a multiple of its capacity. The optimum rarely needs anything else
/// (a person gets at most K conversations, an employer at most its table slots), and the flow gets
/// an order of magnitude smaller.
/// </summary>
public static class CandidateSparsifier
{
    /// <summary>Returns the problem with only "each person's top <paramref name="perPerson"/> ∪ each employer's top capacity × <paramref name="capacityFactor"/>" candidates.</summary>
    public static SchedulingProblem Sparsify(SchedulingProblem problem, int perPerson = 20, int capacityFactor = 3)
    {
        var openSlots = Enumerable.Range(0, problem.SlotCount).Count(s => !problem.BlockedSlots.Contains(s));
        var capacity = problem.Employers.ToDictionary(
            e => e.Id,
            e => e.TableCount * (openSlots - (e.AbsentSlots?.Count(s => !problem.BlockedSlots.Contains(s)) ?? 0)));

        // Ties by ids keep the selection independent of the input order.
        static IEnumerable<CandidatePair> Best(IEnumerable<CandidatePair> pairs, int count) =>
            pairs.OrderByDescending(c => c.Score).ThenBy(c => c.PersonId).ThenBy(c => c.EmployerId).ThenBy(c => c.VacancyId).Take(count);

        var kept = new HashSet<CandidatePair>();
        foreach (var group in problem.Candidates.GroupBy(c => c.PersonId))
        {
            kept.UnionWith(Best(group, perPerson));
        }

        foreach (var group in problem.Candidates.GroupBy(c => c.EmployerId))
        {
            kept.UnionWith(Best(group, capacity.GetValueOrDefault(group.Key) * capacityFactor));
        }

        return problem with { Candidates = [.. problem.Candidates.Where(kept.Contains)] };
    }
}
