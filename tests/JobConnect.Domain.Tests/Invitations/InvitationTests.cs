using JobConnect.Domain.Invitations;

namespace JobConnect.Domain.Tests.Invitations;

public class InvitationTests
{
    private static readonly DateTime Now = new(2027, 2, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Invitation New() => new() { IssuedByUserId = "cw", CheckInCode = "ABCDEFGH" };

    [Fact]
    public void Follows_the_process_and_records_each_step()
    {
        var invitation = New();

        invitation.ChangeStatus(InvitationStatus.Invited, "cw", Now);
        invitation.ChangeStatus(InvitationStatus.Confirmed, "cw", Now.AddDays(2));
        invitation.ChangeStatus(InvitationStatus.Arrived, "org", Now.AddDays(30));

        Assert.Equal([InvitationStatus.Invited, InvitationStatus.Confirmed, InvitationStatus.Arrived], invitation.History.Select(h => h.Status));
        Assert.True(invitation.HoldsSeat);
    }

    [Theory]
    [InlineData(InvitationStatus.Planned, InvitationStatus.Confirmed)]
    [InlineData(InvitationStatus.Planned, InvitationStatus.Arrived)]
    [InlineData(InvitationStatus.Declined, InvitationStatus.Confirmed)]
    [InlineData(InvitationStatus.Cancelled, InvitationStatus.Invited)]
    [InlineData(InvitationStatus.Arrived, InvitationStatus.NoShow)]
    [InlineData(InvitationStatus.Arrived, InvitationStatus.Excused)]
    [InlineData(InvitationStatus.Excused, InvitationStatus.Arrived)]
    [InlineData(InvitationStatus.Declined, InvitationStatus.Excused)]
    public void Refuses_steps_the_process_does_not_have(InvitationStatus from, InvitationStatus to)
    {
        var invitation = New();
        invitation.Status = from;

        Assert.False(invitation.CanChangeTo(to));
        Assert.Throws<InvalidOperationException>(() => invitation.ChangeStatus(to, "cw", Now));
        Assert.Equal(from, invitation.Status);
    }

    [Fact]
    public void An_absence_is_excused_before_the_day_or_after_a_no_show_and_frees_the_seat()
    {
        var before = New();
        before.ChangeStatus(InvitationStatus.Invited, "cw", Now);
        before.ChangeStatus(InvitationStatus.Confirmed, "cw", Now);
        var after = New();
        after.ChangeStatus(InvitationStatus.Invited, "cw", Now);
        after.ChangeStatus(InvitationStatus.NoShow, "desk", Now.AddDays(30));

        before.ChangeStatus(InvitationStatus.Excused, "cw", Now.AddDays(1), "Krankmeldung");
        after.ChangeStatus(InvitationStatus.Excused, "cw", Now.AddDays(31));

        Assert.All([before, after], i => Assert.Equal(InvitationStatus.Excused, i.Status));
        Assert.False(before.HoldsSeat);
        Assert.Equal(InvitationStatus.Excused, after.History[^1].Status);
    }

    [Fact]
    public void A_late_arrival_corrects_a_no_show()
    {
        var invitation = New();
        invitation.Status = InvitationStatus.NoShow;

        invitation.ChangeStatus(InvitationStatus.Arrived, "org", Now);

        Assert.Equal(InvitationStatus.Arrived, invitation.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_cancellation_needs_a_reason(string? reason)
    {
        var invitation = New();

        Assert.Throws<ArgumentException>(() => invitation.ChangeStatus(InvitationStatus.Cancelled, "cw", Now, reason));
        Assert.Equal(InvitationStatus.Planned, invitation.Status);
    }

    [Fact]
    public void Declining_or_cancelling_frees_the_seat_and_reopening_starts_over()
    {
        var invitation = New();
        invitation.ArrivalFrom = new TimeOnly(9, 0);
        invitation.ChangeStatus(InvitationStatus.Cancelled, "cw", Now, "erkrankt");
        Assert.False(invitation.HoldsSeat);
        Assert.Equal("erkrankt", invitation.CancelReason);

        invitation.Reopen(fairPhaseId: 7, "cw", Now.AddDays(1));

        Assert.True(invitation.HoldsSeat);
        Assert.Equal(InvitationStatus.Planned, invitation.Status);
        Assert.Equal(7, invitation.FairPhaseId);
        Assert.Null(invitation.CancelReason);
        Assert.Null(invitation.ArrivalFrom);
    }

    [Fact]
    public void Only_an_inactive_invitation_can_be_reopened()
    {
        var invitation = New();

        Assert.Throws<InvalidOperationException>(() => invitation.Reopen(1, "cw", Now));
    }
}
