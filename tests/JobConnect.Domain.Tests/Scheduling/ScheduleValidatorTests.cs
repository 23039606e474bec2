using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

/// <summary>The invariant checks the property tests rely on must themselves catch every kind of break.</summary>
public sealed class ScheduleValidatorTests
{
    private static readonly SchedulingProblem Problem = new()
    {
        SlotCount = 4,
        BlockedSlots = new HashSet<int> { 2 },
        People = [new SchedulingPerson(1, 2), new SchedulingPerson(2, 1, EarliestSlot: 1)],
        Employers = [new SchedulingEmployer(10, 1), new SchedulingEmployer(11, 2, new HashSet<int> { 3 })],
        Candidates = [new CandidatePair(1, 10, 5, 80), new CandidatePair(1, 11, 6, 70), new CandidatePair(2, 10, 5, 60)],
        Pinned = [new PinnedConversation(2, 10, 0, 1, 5)],
    };

    private static readonly ScheduledConversation PinnedOne = new(2, 10, 0, 1, 5, 60, true);
    private static readonly ScheduledConversation First = new(1, 10, 0, 0, 5, 80, false);
    private static readonly ScheduledConversation Second = new(1, 11, 1, 1, 6, 70, false);

    public static TheoryData<string, ScheduledConversation[]> Broken => new()
    {
        { "two places at once", [PinnedOne, First, Second with { Slot = 0 }] },
        { "double-booked", [PinnedOne, First, Second with { EmployerId = 10, TableIndex = 0, Slot = 1, VacancyId = 5, Score = 80 }] },
        { "blocked slot", [PinnedOne, First, Second with { Slot = 2 }] },
        { "employer is absent", [PinnedOne, First, Second with { Slot = 3 }] },
        { "earliest slot", [PinnedOne with { Slot = 0, IsPinned = false }, First with { Slot = 1 }, Second with { Slot = 3, TableIndex = 0 }] },
        { "no such table", [PinnedOne, First, Second with { TableIndex = 2 }] },
        { "same person and employer", [PinnedOne, First, First with { TableIndex = 0, Slot = 3 }] },
        { "more than allowed", [PinnedOne, new(2, 11, 0, 0, 6, 70, false)] },
        { "not an acceptable candidate pair", [PinnedOne, First, Second with { Score = 99 }] },
        { "was not kept", [First, Second] },
    };

    [Fact]
    public void A_valid_schedule_has_no_violations()
    {
        var schedule = Make([PinnedOne, First, Second]);

        Assert.Empty(ScheduleValidator.Violations(Problem, schedule));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_invariant_is_reported(string expected, ScheduledConversation[] conversations)
    {
        var violations = ScheduleValidator.Violations(Problem, Make(conversations));

        Assert.Contains(violations, v => v.Contains(expected));
    }

    private static Schedule Make(ScheduledConversation[] conversations) => new ConversationScheduler().Schedule(Problem) with { Conversations = conversations };
}
