using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

/// <summary>Placement into slots: König-tight instances, breaks, absences, earliest slots and pins.</summary>
public sealed class SlotPlacementTests
{
    private static readonly ConversationScheduler Scheduler = new();

    public static TheoryData<int, int> TightSizes => new() { { 2, 1 }, { 4, 3 }, { 6, 6 }, { 8, 5 }, { 10, 7 }, { 12, 12 }, { 16, 9 } };

    [Theory]
    [MemberData(nameof(TightSizes))]
    public void Fully_booked_regular_instances_are_placed_completely(int size, int degree)
    {
        // Every person talks to `degree` employers, every single-table booth is booked in all `degree`
        // open slots: König says `degree` colours suffice, and only alternating paths find them reliably.
        var random = new Random(size * 31 + degree);
        var relabel = Enumerable.Range(0, size).OrderBy(_ => random.Next()).ToArray();
        var shifts = Enumerable.Range(0, size).OrderBy(_ => random.Next()).Take(degree).ToArray();
        var problem = new SchedulingProblem
        {
            SlotCount = degree + 1,
            BlockedSlots = new HashSet<int> { degree / 2 },
            People = [.. Enumerable.Range(0, size).Select(i => new SchedulingPerson(i, degree))],
            Employers = [.. Enumerable.Range(0, size).Select(i => new SchedulingEmployer(100 + i, 1))],
            Candidates = [.. Enumerable.Range(0, size).SelectMany(i => shifts.Select(k =>
                new CandidatePair(i, 100 + relabel[(i + k) % size], 1, random.Next(40, 101))))],
        };

        var schedule = Scheduler.Schedule(problem);

        Assert.Empty(ScheduleValidator.Violations(problem, schedule));
        Assert.Equal(size * degree, schedule.Conversations.Count);
        Assert.True(schedule.Metrics.IsProvablyOptimal);
    }

    [Fact]
    public void Blocked_and_absent_slots_are_never_used()
    {
        var problem = new SchedulingProblem
        {
            SlotCount = 5,
            BlockedSlots = new HashSet<int> { 2 },
            People = [.. Enumerable.Range(1, 8).Select(i => new SchedulingPerson(i, 3))],
            Employers = [new SchedulingEmployer(10, 2, new HashSet<int> { 0 }), new SchedulingEmployer(11, 1, new HashSet<int> { 4 })],
            Candidates = [.. Enumerable.Range(1, 8).SelectMany(i => new[] { new CandidatePair(i, 10, 1, 50 + i), new CandidatePair(i, 11, 2, 60 - i) })],
        };

        var schedule = Scheduler.Schedule(problem);

        Assert.Empty(ScheduleValidator.Violations(problem, schedule));
        Assert.DoesNotContain(schedule.Conversations, c => c.Slot == 2);
        Assert.DoesNotContain(schedule.Conversations, c => c.EmployerId == 10 && c.Slot == 0);
        Assert.DoesNotContain(schedule.Conversations, c => c.EmployerId == 11 && c.Slot == 4);
        // Employer 10: 2 tables × 3 usable slots; employer 11: 1 table × 3 usable slots — all filled.
        Assert.Equal(9, schedule.Conversations.Count);
        Assert.True(schedule.Metrics.IsProvablyOptimal);
    }

    [Fact]
    public void Earliest_slot_is_respected()
    {
        var problem = new SchedulingProblem
        {
            SlotCount = 4,
            People = [new SchedulingPerson(1, 2, EarliestSlot: 2), new SchedulingPerson(2, 2)],
            Employers = [new SchedulingEmployer(10, 1), new SchedulingEmployer(11, 1)],
            Candidates = [new CandidatePair(1, 10, 1, 90), new CandidatePair(1, 11, 2, 80), new CandidatePair(2, 10, 1, 70), new CandidatePair(2, 11, 2, 60)],
        };

        var schedule = Scheduler.Schedule(problem);

        Assert.Empty(ScheduleValidator.Violations(problem, schedule));
        Assert.All(schedule.Conversations.Where(c => c.PersonId == 1), c => Assert.True(c.Slot >= 2));
        Assert.Equal(4, schedule.Conversations.Count);
    }

    [Fact]
    public void A_conversation_that_fits_no_slot_is_dropped_and_reported()
    {
        // Both people can only come in slot 1 and both want the one table: the flow (blind to slots)
        // picks both, only one can be placed. The other is reported, invariants hold.
        var problem = new SchedulingProblem
        {
            SlotCount = 2,
            People = [new SchedulingPerson(1, 1, EarliestSlot: 1), new SchedulingPerson(2, 1, EarliestSlot: 1)],
            Employers = [new SchedulingEmployer(10, 1)],
            Candidates = [new CandidatePair(1, 10, 1, 90), new CandidatePair(2, 10, 1, 80)],
        };

        var schedule = Scheduler.Schedule(problem);

        Assert.Empty(ScheduleValidator.Violations(problem, schedule));
        var conversation = Assert.Single(schedule.Conversations);
        Assert.Equal(1, conversation.Slot);
        var reason = Assert.Single(schedule.Unscheduled);
        Assert.NotEqual(conversation.PersonId, reason.PersonId);
        Assert.Equal(UnscheduledKind.NotPlaceable, reason.Kind);
        Assert.False(schedule.Metrics.IsProvablyOptimal);
        Assert.True(schedule.Metrics.Objective < schedule.Metrics.ObjectiveUpperBound);
    }

    [Fact]
    public void People_without_capacity_are_reported()
    {
        var problem = new SchedulingProblem
        {
            SlotCount = 1,
            People = [new SchedulingPerson(1, 1), new SchedulingPerson(2, 1), new SchedulingPerson(3, 1)],
            Employers = [new SchedulingEmployer(10, 2)],
            Candidates = [new CandidatePair(1, 10, 1, 90), new CandidatePair(2, 10, 1, 80), new CandidatePair(3, 10, 1, 70)],
        };

        var schedule = Scheduler.Schedule(problem);

        var reason = Assert.Single(schedule.Unscheduled);
        Assert.Equal((3, UnscheduledKind.NoCapacity), (reason.PersonId, reason.Kind));
        Assert.True(schedule.Metrics.IsProvablyOptimal);
        Assert.Equal(3, schedule.Metrics.PeopleWithCandidate);
        Assert.Equal(2, schedule.Metrics.PeopleWithConversation);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Pinned_conversations_stay_exactly_and_the_rest_is_planned_around_them(int seed)
    {
        var problem = RandomProblems.Create(seed, people: 40, employers: 6, slots: 8, restricted: false);
        var first = Scheduler.Schedule(problem);
        // The organizer moves three conversations to other slots and pins them there.
        var pins = first.Conversations.Where((_, i) => i % 13 == 0).Take(3)
            .Select(c => new PinnedConversation(c.PersonId, c.EmployerId, c.TableIndex, (c.Slot + 3) % problem.SlotCount, c.VacancyId))
            .Where(p => !problem.BlockedSlots.Contains(p.Slot))
            .GroupBy(p => p.Slot).Select(g => g.First())
            .ToList();
        var pinned = problem with { Pinned = pins };

        var schedule = Scheduler.Schedule(pinned);

        Assert.NotEmpty(pins);
        Assert.Empty(ScheduleValidator.Violations(pinned, schedule));
        foreach (var pin in pins)
        {
            Assert.Contains(new ScheduledConversation(pin.PersonId, pin.EmployerId, pin.TableIndex, pin.Slot, pin.VacancyId,
                problem.Candidates.Where(c => c.PersonId == pin.PersonId && c.EmployerId == pin.EmployerId).Max(c => c.Score), true),
                schedule.Conversations);
        }

        Assert.Equal(pins.Count, schedule.Conversations.Count(c => c.IsPinned));
    }

    [Fact]
    public void Invalid_pins_are_rejected_with_reasons()
    {
        var problem = new SchedulingProblem
        {
            SlotCount = 3,
            BlockedSlots = new HashSet<int> { 1 },
            People = [new SchedulingPerson(1, 1), new SchedulingPerson(2, 1)],
            Employers = [new SchedulingEmployer(10, 1)],
            Candidates = [],
            Pinned = [new PinnedConversation(1, 10, 0, 1, 5), new PinnedConversation(2, 10, 0, 0, 5), new PinnedConversation(1, 10, 0, 0, 5)],
        };

        var errors = problem.Validate();

        Assert.Contains(errors, e => e.Contains("blocked slot"));
        Assert.Contains(errors, e => e.Contains("double-books the table"));
        Assert.Contains(errors, e => e.Contains("more pinned conversations than allowed"));
        Assert.Throws<ArgumentException>(() => Scheduler.Schedule(problem));
    }
}
