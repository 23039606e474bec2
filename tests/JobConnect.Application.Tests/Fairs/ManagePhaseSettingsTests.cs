using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Fairs;

public sealed class ManagePhaseSettingsTests : IAsyncLifetime
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private int _agency;

    private ManagePhaseSettings Phases => new(_db, _clock);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        await _db.InsertAsync(TestData.Fair());
        _agency = (await _db.InsertAsync(TestData.Agency())).Id;
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_organizer_changes_times_slots_breaks_and_seats()
    {
        var morning = (await Phases.GetAsync(Organizer, TestContext.Current.CancellationToken)).Single(p => p.Name == TestPhases.Morning);
        var changed = morning with
        {
            Start = new TimeOnly(8, 30),
            SlotMinutes = 20,
            SeatCapacity = 300,
            MinimumScore = 60,
            Breaks = [new PhaseBreak { Start = new TimeOnly(10, 30), End = new TimeOnly(10, 50) }],
        };

        await Phases.UpdateAsync(Organizer, changed, TestContext.Current.CancellationToken);

        var saved = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == morning.PhaseId));
        Assert.Equal((new TimeOnly(8, 30), 20, 300, 60), (saved.Start, saved.SlotMinutes, saved.SeatCapacity, saved.MinimumScore));
        Assert.Equal(new TimeOnly(10, 30), Assert.Single(saved.Breaks).Start);
    }

    [Fact]
    public async Task Seats_cannot_shrink_below_the_people_already_invited()
    {
        var people = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            people.Add((await _db.InsertAsync(TestData.Jobseeker(_agency))).Id);
        }
        await new InviteJobseekers(_db, _clock).HandleAsync(new UserScope("cw", Roles.Caseworker, _agency, null), people, TestContext.Current.CancellationToken);
        var morning = (await Phases.GetAsync(Organizer, TestContext.Current.CancellationToken)).Single(p => p.Name == TestPhases.Morning);
        Assert.Equal(3, morning.SeatsTaken);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Phases.UpdateAsync(Organizer, morning with { SeatCapacity = 2, MinimumScore = 70 }, TestContext.Current.CancellationToken));
        await Phases.UpdateAsync(Organizer, morning with { SeatCapacity = 3 }, TestContext.Current.CancellationToken);

        Assert.Equal(("Phase.BelowSeatsTaken", 3), (refused.MessageKey, (int)refused.Args.Single()));
        var saved = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == morning.PhaseId));
        Assert.Equal((3, 50), (saved.SeatCapacity, saved.MinimumScore));
    }

    [Fact]
    public async Task Invalid_settings_are_refused_with_their_problems_and_nothing_changes()
    {
        var morning = (await Phases.GetAsync(Organizer, TestContext.Current.CancellationToken)).Single(p => p.Name == TestPhases.Morning);

        var refused = await Assert.ThrowsAsync<PhaseRulesBrokenException>(() => Phases.UpdateAsync(Organizer, morning with { End = new TimeOnly(8, 0), SlotMinutes = 5 }, TestContext.Current.CancellationToken));

        Assert.Equal([PhaseProblem.EndNotAfterStart, PhaseProblem.SlotLengthOutOfRange], refused.Problems);
        var saved = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == morning.PhaseId));
        Assert.Equal((new TimeOnly(12, 30), 15), (saved.End, saved.SlotMinutes));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Employer)]
    public async Task Only_organizers_read_or_change_phases(string role)
    {
        var scope = new UserScope("u", role, role == Roles.Caseworker ? _agency : null, role == Roles.Employer ? 1 : null);
        var morning = (await Phases.GetAsync(Organizer, TestContext.Current.CancellationToken))[0];

        await Assert.ThrowsAsync<AccessDeniedException>(() => Phases.GetAsync(scope, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Phases.UpdateAsync(scope, morning with { SeatCapacity = 1 }, TestContext.Current.CancellationToken));
        Assert.Equal(morning.SeatCapacity, await _db.QueryAsync(db => db.FairPhases.Where(p => p.Id == morning.PhaseId).Select(p => p.SeatCapacity).SingleAsync()));
    }
}
