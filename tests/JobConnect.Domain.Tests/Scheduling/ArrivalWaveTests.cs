using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

public sealed class ArrivalWaveTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    [Fact]
    public void First_conversations_are_spread_to_the_entrance_capacity()
    {
        // 12 people, 2 conversations each, 6 tables: packed from slot 0, the first waves would take 6 arrivals.
        var problem = new SchedulingProblem
        {
            SlotCount = 6,
            People = [.. Enumerable.Range(1, 12).Select(i => new SchedulingPerson(i, 2))],
            Employers = [.. Enumerable.Range(1, 3).Select(i => new SchedulingEmployer(100 + i, 2))],
            Candidates = [.. Enumerable.Range(1, 12).SelectMany(i => Enumerable.Range(1, 3).Select(e => new CandidatePair(i, 100 + e, e, (i * 7 + e * 13) % 60 + 40)))],
            EntranceCapacity = 3,
        };

        var schedule = new ConversationScheduler().Schedule(problem);

        Assert.Empty(ScheduleValidator.Violations(problem, schedule));
        Assert.All(schedule.Metrics.FirstSlotHistogram, n => Assert.True(n <= 3));
        Assert.Equal(0, schedule.Metrics.EntranceOverflow);
        Assert.True(schedule.Metrics.EntranceOverflowBeforeImprovement > 0);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Improvement_never_makes_waves_or_idle_time_worse(int seed)
    {
        var problem = RandomProblems.Create(seed, people: 50, employers: 7, slots: 10, restricted: seed % 2 == 0);

        var metrics = new ConversationScheduler().Schedule(problem).Metrics;

        Assert.True(metrics.EntranceOverflow <= metrics.EntranceOverflowBeforeImprovement);
        if (metrics.EntranceOverflow == metrics.EntranceOverflowBeforeImprovement)
        {
            Assert.True(metrics.IdleSlots <= metrics.IdleSlotsBeforeImprovement);
        }
    }

    [Fact]
    public void Idle_gaps_are_closed_when_the_tables_allow()
    {
        // Two people, two single-table booths, four slots: each person can talk back to back.
        var problem = new SchedulingProblem
        {
            SlotCount = 4,
            People = [new SchedulingPerson(1, 2), new SchedulingPerson(2, 2), new SchedulingPerson(3, 2)],
            Employers = [new SchedulingEmployer(10, 1), new SchedulingEmployer(11, 1), new SchedulingEmployer(12, 1)],
            Candidates =
            [
                new CandidatePair(1, 10, 1, 90), new CandidatePair(1, 11, 1, 80),
                new CandidatePair(2, 11, 1, 90), new CandidatePair(2, 12, 1, 80),
                new CandidatePair(3, 12, 1, 90), new CandidatePair(3, 10, 1, 80),
            ],
        };

        var schedule = new ConversationScheduler().Schedule(problem);

        Assert.Equal(6, schedule.Conversations.Count);
        Assert.Equal(0, schedule.Metrics.IdleSlots);
    }

    [Fact]
    public void Turning_improvement_off_reports_the_same_before_and_after()
    {
        var problem = RandomProblems.Create(7, people: 50, employers: 7, slots: 10, restricted: false);

        var metrics = new ConversationScheduler(new SchedulingOptions { ImprovementPasses = 0 }).Schedule(problem).Metrics;

        Assert.Equal(metrics.IdleSlotsBeforeImprovement, metrics.IdleSlots);
        Assert.Equal(metrics.EntranceOverflowBeforeImprovement, metrics.EntranceOverflow);
    }
}
