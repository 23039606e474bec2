using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;

namespace JobConnect.Domain.Tests.Fairs;

public sealed class FairPhaseTests
{
    [Fact]
    public void Slots_fill_the_phase_and_skip_breaks()
    {
        var morning = new FairPhase
        {
            Name = "Vormittag",
            Start = new(9, 0),
            End = new(12, 30),
            SlotMinutes = 15,
            Breaks = [new PhaseBreak { Start = new(10, 45), End = new(11, 0) }],
        };

        var slots = morning.SlotStarts();

        Assert.Equal(13, slots.Count);
        Assert.Equal(new TimeOnly(9, 0), slots[0]);
        Assert.Equal(new TimeOnly(12, 15), slots[^1]);
        Assert.DoesNotContain(new TimeOnly(10, 45), slots);
    }

    [Fact]
    public void A_slot_that_does_not_fit_before_the_end_is_left_out()
    {
        var phase = new FairPhase { Name = "Vormittag", Start = new(14, 0), End = new(16, 30), SlotMinutes = 20 };

        Assert.Equal(7, phase.SlotStarts().Count);
    }

    [Fact]
    public void Seats_left_never_goes_negative()
    {
        Assert.Equal(0, new FairPhase { Name = "Vormittag", SeatCapacity = 10, SeatsTaken = 12 }.SeatsLeft);
        Assert.Equal(4, new FairPhase { Name = "Vormittag", SeatCapacity = 10, SeatsTaken = 6 }.SeatsLeft);
    }

    [Theory]
    [InlineData(TargetGroup.Adult, TargetGroups.Adults)]
    [InlineData(TargetGroup.SchoolLeaver, TargetGroups.SchoolLeavers)]
    public void A_target_group_is_its_own_one_element_set(TargetGroup group, TargetGroups expected) =>
        Assert.Equal(expected, group.ToSet());
}
