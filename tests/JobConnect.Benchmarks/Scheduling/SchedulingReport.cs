using System.Diagnostics;
using JobConnect.Domain.Scheduling;

namespace JobConnect.Benchmarks.Scheduling;

/// <summary>
/// Console report (<c>--report</c>): quality and warm wall time of the scheduler against the greedy
/// baseline and the dense optimum, for the Kassel phases and the big fair.
/// </summary>
public static class SchedulingReport
{
    public static void Print()
    {
        var scheduler = new ConversationScheduler();
        var unimproved = new ConversationScheduler(new SchedulingOptions { ImprovementPasses = 0 });
        Console.WriteLine("instance           | algorithm        | ms (warm) | conv  | served/with pair | total score | objective gap to bound | idle before→after | wave overflow before→after | pairs");
        foreach (var (name, problem) in new[] { ("Kassel morning", FairGenerator.KasselMorning()), ("Kassel afternoon", FairGenerator.KasselAfternoon()) })
        {
            Row(name, "optimal", problem, () => scheduler.Schedule(problem), null);
            Row(name, "opt., no improv.", problem, () => unimproved.Schedule(problem), null);
            Row(name, "greedy", problem, () => GreedyScheduler.Schedule(problem), null);
        }

        var fair = FairGenerator.BigFair();
        var dense = Row("Big fair", "optimal dense", fair, () => scheduler.Schedule(fair), null, runs: 1);
        Row("Big fair", "optimal sparse", CandidateSparsifier.Sparsify(fair), () => scheduler.Schedule(CandidateSparsifier.Sparsify(fair)), dense);
        Row("Big fair", "greedy dense", fair, () => GreedyScheduler.Schedule(fair), dense, runs: 1);
    }

    private static long Quality(Schedule schedule) => schedule.Conversations.GroupBy(c => c.PersonId)
        .Sum(g => g.Sum(c => (long)c.Score) + Enumerable.Range(2, g.Count() - 1)
            .Sum(k => k - 2 < SchedulingOptions.Default.FollowUpBonuses.Count ? SchedulingOptions.Default.FollowUpBonuses[k - 2] : 0));

    private static Schedule Row(string instance, string algorithm, SchedulingProblem problem, Func<Schedule> run, Schedule? dense, int runs = 5)
    {
        var schedule = run(); // warm-up (JIT, native OR-Tools load)
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            schedule = run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var violations = ScheduleValidator.Violations(problem, schedule);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException($"{instance}/{algorithm}: {violations[0]}");
        }

        var m = schedule.Metrics;
        var gap = m.ObjectiveUpperBound is { } bound ? $"{100.0 * (bound - m.Objective) / bound:0.000} % (bound)" : "n/a";
        if (dense is not null)
        {
            // The coverage term dominates the objective; compare what remains (scores + follow-up bonuses).
            gap = $"{100.0 * Quality(schedule) / Quality(dense):0.00} % of dense optimum (scores + follow-up bonuses), {100.0 * m.TotalScore / dense.Metrics.TotalScore:0.00} % of its score";
        }

        Console.WriteLine(
            $"{instance,-18} | {algorithm,-16} | {times.Min(),9:0.0} | {m.ConversationCount,5} | {m.PeopleWithConversation,5}/{m.PeopleWithCandidate,-5} ({100.0 * m.PeopleWithConversation / Math.Max(1, m.PeopleWithCandidate):0.0} %) | {m.TotalScore,11} | {gap} | {m.IdleSlotsBeforeImprovement}→{m.IdleSlots} | {m.EntranceOverflowBeforeImprovement}→{m.EntranceOverflow} | {problem.Candidates.Count}");
        // The first slot's conversations are all arrivals: with full tables that bounds the overflow from below.
        var perSlot = schedule.Conversations.GroupBy(c => c.Slot).OrderBy(g => g.Key).Select(g => g.Count());
        Console.WriteLine($"{"",18}   arrivals per slot {string.Join(",", m.FirstSlotHistogram)} (capacity {problem.EntranceCapacity}); conversations per slot {string.Join(",", perSlot)}; tables {problem.Employers.Sum(e => e.TableCount)}");
        return schedule;
    }
}
