using JobConnect.Application.Features.FairDay;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobConnect.Application.Tests.FairDay;

/// <summary>
/// Two app instances on one database: what a desk or a booth does through instance A reaches the live pages
/// of instance B through B's watch, and nothing is raised when nothing changed.
/// </summary>
public sealed class FairDayWatchTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new(); // instance A: its use cases publish on _morning.Changes
    private readonly FairDayChanges _changesOfB = new();
    private readonly List<FairDayChange> _seenOnB = [];
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _morning.InitializeAsync();
        _changesOfB.Changed += _seenOnB.Add;
    }

    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    private FairDayWatch WatchOfB() => new(_morning.Db, _morning.Clock, _changesOfB, NullLogger<FairDayWatch>.Instance);

    [Fact]
    public async Task Check_ins_outcomes_and_no_shows_made_on_one_instance_reach_the_other_and_silence_raises_nothing()
    {
        var watch = WatchOfB();
        await watch.CheckAsync(Ct);
        await watch.CheckAsync(Ct);
        Assert.Empty(_seenOnB);

        _morning.At(9, 5);
        await _morning.CheckIn.HandleAsync(_morning.Desk, _morning.FirstWave[0].Id, "Eingang 1", Ct);
        await watch.CheckAsync(Ct);
        var change = Assert.Single(_seenOnB);
        Assert.Equal((_morning.Fair.Id, FairDayChangeKind.Elsewhere), (change.FairId, change.Kind));
        Assert.True(change.Concerns(_morning.BoothA.Id) && change.Concerns(_morning.BoothB.Id)); // unknown booths: every page reloads

        await watch.CheckAsync(Ct);
        Assert.Single(_seenOnB);

        var conversation = await _morning.Db.QueryAsync(db => db.Conversations.FirstAsync(c => c.InvitationId == _morning.FirstWave[0].Id, Ct));
        await _morning.RecordOutcome.HandleAsync(_morning.StaffA, new OutcomeInput { ConversationId = conversation.Id, Kind = OutcomeKind.NotSuitable }, Ct);
        await watch.CheckAsync(Ct);
        Assert.Equal(2, _seenOnB.Count);

        _morning.At(9, 31);
        await _morning.NoShows.MarkWaveAsync(_morning.Organizer, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct);
        await watch.CheckAsync(Ct);
        Assert.Equal(3, _seenOnB.Count);
    }

    [Fact]
    public async Task The_running_watch_tells_the_other_instances_open_page_within_a_few_seconds()
    {
        using var watch = WatchOfB();
        await watch.StartAsync(Ct);
        await Task.Delay(FairDayWatch.Interval * 2, Ct); // its first fingerprint
        _morning.At(9, 5);

        await _morning.CheckIn.HandleAsync(_morning.Desk, _morning.FirstWave[1].Id, "Eingang 2", Ct);

        for (var waited = TimeSpan.Zero; _seenOnB.Count == 0 && waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(100))
        {
            await Task.Delay(100, Ct);
        }
        Assert.Contains(_seenOnB, c => c.Kind == FairDayChangeKind.Elsewhere);
        await watch.StopAsync(Ct);
    }
}
