using JobConnect.Domain.Fairs;

namespace JobConnect.Domain.Tests.Fairs;

public class PhaseRulesTests
{
    private static FairPhase Morning(Action<FairPhase>? change = null)
    {
        var phase = new FairPhase
        {
            Name = "Vormittag",
            Start = new TimeOnly(9, 0),
            End = new TimeOnly(12, 30),
            SlotMinutes = 15,
            SeatCapacity = 350,
            ConversationsPerPerson = 3,
            MinimumScore = 50,
            EntranceCapacityPerWave = 60,
            Breaks = [new PhaseBreak { Start = new TimeOnly(10, 45), End = new TimeOnly(11, 0) }],
        };
        change?.Invoke(phase);
        return phase;
    }

    [Fact]
    public void The_Kassel_morning_is_valid() => Assert.Empty(PhaseRules.Check(Morning()));

    private static FairPhase Afternoon() => new() { Name = "Nachmittag", Start = new TimeOnly(14, 0), End = new TimeOnly(16, 30) };

    [Fact]
    public void A_third_phase_after_the_others_with_its_own_name_is_valid() =>
        Assert.Empty(PhaseRules.Check(Morning(p => (p.Name, p.Start, p.End, p.Breaks) = ("Abendsprechstunde", new(17, 0), new(19, 0), [])), [Morning(), Afternoon()]));

    [Theory]
    [InlineData("Nachmittag", 17, 19, PhaseProblem.NameTaken)]
    [InlineData(" nachmittag ", 17, 19, PhaseProblem.NameTaken)]
    [InlineData("", 17, 19, PhaseProblem.NameRequired)]
    [InlineData("Abendsprechstunde", 16, 18, PhaseProblem.OverlapsOtherPhase)]
    [InlineData("Abendsprechstunde", 8, 10, PhaseProblem.OverlapsOtherPhase)]
    public void A_phase_needs_a_name_of_its_own_and_a_time_of_its_own(string name, int from, int to, PhaseProblem expected) =>
        Assert.Equal([expected], PhaseRules.Check(Morning(p => (p.Name, p.Start, p.End, p.Breaks) = (name, new(from, 0), new(to, 0), [])), [Morning(), Afternoon()]));

    [Fact]
    public void Phases_that_touch_do_not_overlap() =>
        Assert.Empty(PhaseRules.Check(Morning(p => (p.Name, p.Start, p.End, p.Breaks) = ("Mittag", new(12, 30), new(14, 0), [])), [Morning(), Afternoon()]));

    public static TheoryData<string, PhaseProblem> Broken() => new()
    {
        { "end before start", PhaseProblem.EndNotAfterStart },
        { "10-minute slots", PhaseProblem.SlotLengthOutOfRange },
        { "90-minute slots", PhaseProblem.SlotLengthOutOfRange },
        { "break ends before it starts", PhaseProblem.BreakEndNotAfterStart },
        { "break after the end", PhaseProblem.BreakOutsidePhase },
        { "overlapping breaks", PhaseProblem.BreaksOverlap },
        { "break covers the phase", PhaseProblem.NoSlotLeft },
        { "17 hours of 15-minute slots", PhaseProblem.TooManySlots },
        { "negative seats", PhaseProblem.SeatCapacityOutOfRange },
        { "no conversation", PhaseProblem.ConversationsPerPersonOutOfRange },
        { "score 101", PhaseProblem.MinimumScoreOutOfRange },
        { "score a pair missing a must-have reaches", PhaseProblem.MinimumScoreOutOfRange },
        { "empty entrance", PhaseProblem.EntranceCapacityOutOfRange },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_setting_is_named(string setting, PhaseProblem expected)
    {
        var phase = Morning(p =>
        {
            switch (setting)
            {
                case "end before start": p.End = new TimeOnly(8, 0); break;
                case "10-minute slots": p.SlotMinutes = 10; break;
                case "90-minute slots": p.SlotMinutes = 90; break;
                case "break ends before it starts": p.Breaks[0].End = new TimeOnly(10, 30); break;
                case "break after the end": p.Breaks[0] = new PhaseBreak { Start = new TimeOnly(12, 0), End = new TimeOnly(13, 0) }; break;
                case "overlapping breaks": p.Breaks.Add(new PhaseBreak { Start = new TimeOnly(10, 50), End = new TimeOnly(11, 10) }); break;
                case "break covers the phase": p.Breaks[0] = new PhaseBreak { Start = p.Start, End = p.End }; break;
                case "17 hours of 15-minute slots": (p.Start, p.End, p.Breaks) = (new TimeOnly(6, 0), new TimeOnly(23, 0), []); break;
                case "negative seats": p.SeatCapacity = -1; break;
                case "no conversation": p.ConversationsPerPerson = 0; break;
                case "score 101": p.MinimumScore = 101; break;
                case "score a pair missing a must-have reaches": p.MinimumScore = PhaseRules.LowestMinimumScore - 1; break;
                case "empty entrance": p.EntranceCapacityPerWave = 0; break;
                default: throw new ArgumentOutOfRangeException(nameof(setting), setting, null);
            }
        });

        Assert.Equal([expected], PhaseRules.Check(phase));
    }
}
