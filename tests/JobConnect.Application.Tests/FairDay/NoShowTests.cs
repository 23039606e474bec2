using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.FairDay;

public sealed class NoShowTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    [Fact]
    public async Task A_wave_marked_no_show_frees_its_slots_and_a_late_arrival_reverses_it()
    {
        var (here, late) = (_morning.FirstWave[0], _morning.FirstWave[1]);
        _morning.At(9, 5);
        await _morning.CheckIn.HandleAsync(_morning.Desk, here.Id, "Eingang 1", Ct);
        _morning.At(9, 31);

        var marked = await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct);

        Assert.Equal(3, marked);
        var wave = Assert.Single(await _morning.NoShows.WavesAsync(_morning.Organizer, ct: Ct), w => w.From == new TimeOnly(9, 0));
        Assert.Equal((4, 1, 3), (wave.Expected, wave.Arrived, wave.NoShows));
        Assert.Equal(1, await ConversationsOfAsync(_morning.FirstWave.Select(i => i.Id)));
        var freed = await _morning.Standby.FreeSlotsAsync(_morning.Organizer, PhaseKind.Morning, Ct);
        Assert.Contains(freed, s => s.BoothId == _morning.BoothA.Id && s.Table == 2 && s.Start == new TimeOnly(9, 45));

        _morning.At(9, 40);
        var arrival = await _morning.CheckIn.HandleAsync(_morning.Desk, late.Id, null, Ct);

        Assert.False(arrival.AlreadyCheckedIn);
        var stored = await _morning.Db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == late.Id, Ct));
        Assert.Equal(InvitationStatus.Arrived, stored.Status);
        Assert.NotNull(stored.StandbySinceUtc); // lost their conversations: waits for a freed slot
        Assert.Contains(await _morning.Standby.WaitingAsync(_morning.Organizer, Ct), p => p.InvitationId == late.Id);
    }

    [Fact]
    public async Task The_exact_re_plan_gives_a_no_shows_freed_slot_to_a_walk_in_and_takes_them_off_standby()
    {
        _morning.At(9, 31);
        foreach (var here in _morning.FirstWave.Skip(1))
        {
            await _morning.CheckIn.HandleAsync(_morning.Desk, here.Id, null, Ct);
        }
        await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct);
        var walkIn = await _morning.RegisterWalkIn.HandleAsync(_morning.Organizer, new WalkInInput
        {
            FirstName = "Sam", LastName = "Spontan", Postcode = "34117", TargetKldbCode = "24232", AgencyId = _morning.AgencyA, ConsentRegistration = true,
        }, Ct);

        var result = await _morning.Standby.ReplanAsync(_morning.Organizer, PhaseKind.Morning, Ct);

        Assert.Contains(result.Changed, p => p.InvitationId == walkIn.InvitationId && p.Conversations.Count > 0);
        Assert.DoesNotContain(await _morning.Standby.WaitingAsync(_morning.Organizer, Ct), p => p.InvitationId == walkIn.InvitationId);
    }

    [Fact]
    public async Task A_wave_cannot_be_marked_before_its_window_and_grace_time_are_over()
    {
        _morning.At(9, 59);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 30), ct: Ct));

        Assert.Equal(FairDayMessages.WaveNotOver, refused.MessageKey);
        Assert.Equal(3, await ConversationsOfAsync(_morning.SecondWave.Select(i => i.Id)));
    }

    [Fact]
    public async Task A_no_show_marked_by_mistake_is_taken_back_and_expected_again()
    {
        _morning.At(10, 0);
        await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 30), ct: Ct);

        await _morning.NoShows.UndoAsync(_morning.Organizer, _morning.SecondWave[0].Id, Ct);

        var stored = await _morning.Db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == _morning.SecondWave[0].Id, Ct));
        Assert.Equal(InvitationStatus.Confirmed, stored.Status);
        Assert.True(stored.IsExpected);
    }

    [Fact]
    public async Task A_late_arrival_whose_slots_were_freed_gets_a_fresh_plan_slip_at_the_desk_and_no_change_notice()
    {
        await LettersWentOutAsync();
        var (late, punctual) = (_morning.FirstWave[0], _morning.FirstWave[1]);
        _morning.At(9, 5);
        await _morning.CheckIn.HandleAsync(_morning.Desk, punctual.Id, null, Ct);
        _morning.At(9, 31);
        await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct);

        var absent = await _morning.Db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == late.Id, Ct));
        Assert.True(absent.NeedsChangeNotice); // the plan in the letter is no longer theirs
        Assert.DoesNotContain(await _morning.ChangeNotices.PendingAsync(_morning.Organizer, Ct), p => p.InvitationId == late.Id);

        _morning.At(9, 40);
        var arrival = await _morning.CheckIn.HandleAsync(_morning.Desk, late.Id, null, Ct);

        Assert.True(arrival.Person.PlanChanged);
        Assert.Empty(arrival.Person.Plan);
        await _morning.Slips.PlanSlipAsync(_morning.Desk, late.Id, Ct);
        var handedOver = await _morning.Db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == late.Id, Ct));
        Assert.False(handedOver.NeedsChangeNotice);
        var again = Assert.Single(await _morning.CheckIn.FindAsync(_morning.Desk, late.CheckInCode, Ct));
        Assert.False(again.PlanChanged);
        var unchanged = Assert.Single(await _morning.CheckIn.FindAsync(_morning.Desk, punctual.CheckInCode, Ct));
        Assert.False(unchanged.PlanChanged); // their conversation stayed
    }

    [Fact]
    public async Task A_freed_slot_given_to_someone_who_is_here_raises_their_plan_version_for_the_desk()
    {
        await LettersWentOutAsync();
        var (absent, here) = (_morning.FirstWave[0], _morning.SecondWave[0]);
        _morning.At(9, 31);
        await _morning.CheckIn.HandleAsync(_morning.Desk, here.Id, null, Ct);
        await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct);
        var slot = (await _morning.Standby.FreeSlotsAsync(_morning.Organizer, PhaseKind.Morning, Ct))
            .First(s => s.BoothId == _morning.BoothA.Id && s.Start != new TimeOnly(9, 45));

        await _morning.Standby.AssignAsync(_morning.Organizer, here.Id, slot.BoothId, slot.Table, slot.Start, _morning.VacancyA, Ct);

        var person = Assert.Single(await _morning.CheckIn.FindAsync(_morning.Desk, here.CheckInCode, Ct));
        Assert.True(person.PlanChanged);
        Assert.Contains(person.Plan, c => c.Start == slot.Start);
        Assert.Contains(await _morning.ChangeNotices.PendingAsync(_morning.Organizer, Ct), p => p.InvitationId == here.Id);
        Assert.DoesNotContain(await _morning.ChangeNotices.PendingAsync(_morning.Organizer, Ct), p => p.InvitationId == absent.Id);
    }

    /// <summary>Everyone received the plan they hold now, as after printing the letters.</summary>
    private async Task LettersWentOutAsync() =>
        await _morning.Db.QueryAsync(db => db.Invitations.ExecuteUpdateAsync(s => s.SetProperty(i => i.PlanVersionSent, i => i.PlanVersion), Ct));

    private Task<int> ConversationsOfAsync(IEnumerable<int> invitationIds)
    {
        var ids = invitationIds.ToList();
        return _morning.Db.QueryAsync(db => db.Conversations.CountAsync(c => ids.Contains(c.InvitationId), Ct));
    }
}
