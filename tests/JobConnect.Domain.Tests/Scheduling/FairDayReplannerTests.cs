using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

public sealed class FairDayReplannerTests
{
    private static readonly FairDayReplanner Replanner = new();

    public static TheoryData<int> SmallSeeds => [.. Enumerable.Range(1, 60)];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(SmallSeeds))]
    public void Equals_the_brute_force_optimum_on_small_instances(int seed)
    {
        var problem = FairDay(seed, people: 5, employers: 3, slots: 4, maxTables: 2, walkIns: 1);

        var replan = Replanner.Replan(problem);

        Assert.True(replan.IsProvablyOptimal);
        Assert.Equal(new FairDayBruteForce(problem, SchedulingOptions.Default.FollowUpBonuses).Optimum(), (replan.Served, replan.Kept, replan.Value));
        AssertValid(problem, replan);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Never_moves_a_frozen_conversation_and_keeps_every_capacity(int seed)
    {
        var problem = FairDay(seed, people: 60, employers: 8, slots: 10, maxTables: 3, walkIns: 5);

        var replan = Replanner.Replan(problem);

        Assert.All(problem.Current.Where(problem.IsFrozen), c => Assert.Contains(c, replan.Conversations));
        AssertValid(problem, replan);
    }

    [Fact]
    public void A_no_shows_slot_goes_to_a_walk_in_and_nobody_else_moves()
    {
        var phase = new SchedulingProblem
        {
            SlotCount = 4,
            People = [new(1, 2), new(2, 2), new(3, 2)],
            Employers = [new(10, 1), new(20, 1)],
            Candidates = [new(1, 10, 100, 80), new(1, 20, 200, 60), new(2, 10, 100, 70), new(2, 20, 200, 90), new(3, 10, 100, 50)],
        };
        var problem = new FairDayProblem
        {
            Phase = phase,
            Current = [new(2, 20, 0, 0, 200, 90, false), new(2, 10, 0, 1, 100, 70, false), new(1, 20, 0, 1, 200, 60, false), new(1, 10, 0, 2, 100, 80, false)],
            FirstOpenSlot = 1,
            Absent = new HashSet<int> { 2 },
            Present = new HashSet<int> { 3 },
        };

        var replan = Replanner.Replan(problem);

        // Person 2 talked to employer 20 in slot 0 (over, so frozen) and loses slot 1 at employer 10; walk-in 3 gets employer 10.
        Assert.Contains(new ScheduledConversation(2, 20, 0, 0, 200, 90, false), replan.Conversations);
        Assert.Contains(replan.Conversations, c => c is { PersonId: 3, EmployerId: 10 });
        Assert.DoesNotContain(replan.Conversations, c => c is { PersonId: 2, Slot: > 0 });
        Assert.Contains(replan.Conversations, c => c is { PersonId: 1, EmployerId: 20, Slot: 1 });
        Assert.Contains(replan.Conversations, c => c is { PersonId: 1, EmployerId: 10, Slot: 2 });
        Assert.Equal([2, 3], replan.ChangedPeople);
        Assert.Equal((1, 1), (replan.Moved, replan.Added));
    }

    [Fact]
    public void Serving_a_walk_in_comes_before_keeping_a_follow_up_conversation()
    {
        // One table, one open slot: person 1's second conversation or the walk-in's first.
        var phase = new SchedulingProblem
        {
            SlotCount = 2,
            People = [new(1, 2), new(2, 1)],
            Employers = [new(10, 1), new(20, 1)],
            Candidates = [new(1, 10, 100, 90), new(1, 20, 200, 90), new(2, 20, 200, 10)],
        };
        var problem = new FairDayProblem
        {
            Phase = phase,
            Current = [new(1, 10, 0, 0, 100, 90, false), new(1, 20, 0, 1, 200, 90, false)],
            FirstOpenSlot = 1,
            Present = new HashSet<int> { 1, 2 },
        };

        var replan = Replanner.Replan(problem);

        Assert.Contains(replan.Conversations, c => c is { PersonId: 2, EmployerId: 20, Slot: 1 });
        Assert.Equal((2, 1, 1), (replan.Served, replan.Moved, replan.Added));
    }

    [Fact]
    public void A_present_person_is_not_moved_for_a_better_score()
    {
        // Person 1 could swap employer 20 (score 10) for the freed employer 30 (score 100): moves come first.
        var phase = new SchedulingProblem
        {
            SlotCount = 2,
            People = [new(1, 1), new(2, 1)],
            Employers = [new(20, 1), new(30, 1)],
            Candidates = [new(1, 20, 200, 10), new(1, 30, 300, 100), new(2, 30, 300, 100)],
        };
        var problem = new FairDayProblem
        {
            Phase = phase,
            Current = [new(1, 20, 0, 1, 200, 10, false), new(2, 30, 0, 1, 300, 100, false)],
            FirstOpenSlot = 0,
            Absent = new HashSet<int> { 2 },
            Present = new HashSet<int> { 1 },
        };

        var replan = Replanner.Replan(problem);

        Assert.Equal([new ScheduledConversation(1, 20, 0, 1, 200, 10, false)], replan.Conversations);
        Assert.Equal([2], replan.ChangedPeople);
    }

    /// <summary>A phase planned by the main scheduler, then the fair day: some slots over, no-shows, outcomes, pins, walk-ins.</summary>
    internal static FairDayProblem FairDay(int seed, int people, int employers, int slots, int maxTables, int walkIns)
    {
        var random = new Random(seed);
        var planned = RandomProblems.Create(seed, people, employers, slots, restricted: false, maxTables);
        var stored = new ConversationScheduler().Schedule(planned).Conversations
            .Select(c => c with { IsPinned = random.Next(7) == 0 }).ToList();
        var walkers = Enumerable.Range(1, walkIns).Select(i => new SchedulingPerson(900 + i, random.Next(1, 4))).ToList();
        var walkerPairs = walkers.SelectMany(w => planned.Employers.Where(_ => random.Next(10) < 6)
            .Select(e => new CandidatePair(w.Id, e.Id, e.Id * 10, random.Next(101)))).ToList();
        var ids = planned.People.Select(p => p.Id).ToList();
        var absent = ids.Where(_ => random.Next(5) == 0).ToHashSet();
        return new FairDayProblem
        {
            Phase = planned with { People = [.. planned.People, .. walkers], Candidates = [.. planned.Candidates, .. walkerPairs], EntranceCapacity = null },
            Current = stored,
            FirstOpenSlot = random.Next(slots),
            WithOutcome = stored.Where(_ => random.Next(6) == 0).Select(c => (c.PersonId, c.EmployerId)).ToHashSet(),
            Absent = absent,
            Present = ids.Where(id => !absent.Contains(id) && random.Next(2) == 0).Concat(walkers.Select(w => w.Id)).ToHashSet(),
        };
    }

    /// <summary>The invariants of a plan, and of the fair day: nothing new in the past, no-shows keep only what is frozen.</summary>
    private static void AssertValid(FairDayProblem problem, FairDayReplan replan)
    {
        var frozen = problem.Current.Where(problem.IsFrozen).ToHashSet();
        var people = problem.Phase.People.ToDictionary(p => p.Id);
        var tables = problem.Phase.Employers.ToDictionary(e => e.Id, e => e.TableCount);
        var pairs = problem.Phase.Candidates.ToLookup(c => (c.PersonId, c.EmployerId));
        var conversations = replan.Conversations;
        Assert.Equal(conversations.Count, conversations.Select(c => (c.PersonId, c.Slot)).Distinct().Count());
        Assert.Equal(conversations.Count, conversations.Select(c => (c.EmployerId, c.TableIndex, c.Slot)).Distinct().Count());
        Assert.Equal(conversations.Count, conversations.Select(c => (c.PersonId, c.EmployerId)).Distinct().Count());
        Assert.All(conversations, c => Assert.InRange(c.TableIndex, 0, tables[c.EmployerId] - 1));
        Assert.All(conversations, c => Assert.DoesNotContain(c.Slot, problem.Phase.BlockedSlots));
        Assert.All(conversations.GroupBy(c => c.PersonId), g => Assert.True(g.Count() <= people[g.Key].MaxConversations));
        Assert.All(conversations.Where(c => !frozen.Contains(c)), c => Assert.Contains(pairs[(c.PersonId, c.EmployerId)], p => p.VacancyId == c.VacancyId && p.Score == c.Score));
        var stored = problem.Current.Select(c => (c.PersonId, c.EmployerId, c.TableIndex, c.Slot)).ToHashSet();
        Assert.All(replan.Conversations.Where(c => !frozen.Contains(c)), c =>
        {
            Assert.True(c.Slot >= problem.FirstOpenSlot, $"{c} was placed in a slot that has started");
            Assert.DoesNotContain(c.PersonId, problem.Absent);
            Assert.True(problem.Present.Contains(c.PersonId) || problem.Current.Any(s => s.PersonId == c.PersonId && s.EmployerId == c.EmployerId),
                $"{c} is new for someone who is not here");
        });
        var before = problem.Current.ToLookup(c => c.PersonId);
        var after = replan.Conversations.ToLookup(c => c.PersonId);
        var changed = problem.Phase.People.Select(p => p.Id)
            .Where(id => !before[id].Select(c => (c.EmployerId, c.TableIndex, c.Slot)).ToHashSet()
                .SetEquals(after[id].Select(c => (c.EmployerId, c.TableIndex, c.Slot))))
            .Order().ToList();
        Assert.Equal(changed, replan.ChangedPeople);
        Assert.Equal(problem.Current.Count(c => !frozen.Contains(c)) - replan.Moved,
            replan.Conversations.Count(c => !frozen.Contains(c) && stored.Contains((c.PersonId, c.EmployerId, c.TableIndex, c.Slot))));
    }
}
