using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.FairDay;

public sealed class CheckInTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    [Fact]
    public async Task Checking_in_twice_is_harmless_and_says_when_the_first_check_in_was()
    {
        var person = _morning.FirstWave[0];
        _morning.At(9, 12);
        var first = await _morning.CheckIn.ByCodeAsync(_morning.Desk, person.CheckInCode, "Eingang 1", Ct);
        _morning.At(9, 14);
        var second = await _morning.CheckIn.ByCodeAsync(_morning.Desk, person.CheckInCode.ToLowerInvariant(), "Eingang 2", Ct);

        Assert.False(first.AlreadyCheckedIn);
        Assert.True(second.AlreadyCheckedIn);
        Assert.Equal(new DateTime(2027, 3, 18, 9, 12, 0), second.Person.ArrivedAt);
        var stored = await _morning.Db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == person.Id, Ct));
        Assert.Equal(InvitationStatus.Arrived, stored.Status);
        Assert.Equal("Eingang 1", stored.CheckInDesk);
        Assert.Equal("desk-helper", stored.CheckedInByUserId);
        Assert.Single(stored.History, h => h.Status == InvitationStatus.Arrived);
        Assert.NotEmpty(second.Person.Plan);
    }

    [Fact]
    public async Task Ten_desks_checking_in_the_same_people_at_once_record_each_arrival_once()
    {
        var people = _morning.SecondWave;
        _morning.At(9, 31);
        var scans = Enumerable.Range(0, 10).SelectMany(desk => people.Select(p => (Desk: $"Eingang {desk}", p.CheckInCode))).ToList();

        var results = await Task.WhenAll(scans.Select(s => Task.Run(() => _morning.CheckIn.ByCodeAsync(_morning.Desk, s.CheckInCode, s.Desk, Ct), Ct)));

        foreach (var person in people)
        {
            var mine = results.Where(r => r.Person.InvitationId == person.Id).ToList();
            Assert.Equal(10, mine.Count);
            Assert.Single(mine, r => !r.AlreadyCheckedIn);
        }
        var stored = await _morning.Db.QueryAsync(db => db.Invitations.Where(i => people.Select(p => p.Id).Contains(i.Id)).ToListAsync(Ct));
        Assert.All(stored, i =>
        {
            Assert.Equal(InvitationStatus.Arrived, i.Status);
            Assert.Single(i.History, h => h.Status == InvitationStatus.Arrived);
        });
    }

    [Theory]
    [InlineData("https://jobconnect.example/c/{0}")]
    [InlineData("https://jobconnect.example/checkin?code={0}")]
    [InlineData(" {0} ")]
    public async Task A_scanned_link_ending_in_the_code_finds_the_person(string scanned)
    {
        var person = _morning.FirstWave[1];
        var found = await _morning.CheckIn.FindAsync(_morning.Desk, string.Format(scanned, person.CheckInCode), Ct);
        Assert.Equal(person.Id, Assert.Single(found).InvitationId);
    }

    [Fact]
    public async Task A_name_search_finds_by_parts_of_first_and_last_name()
    {
        var found = await _morning.CheckIn.FindAsync(_morning.Desk, "alex zweite1", Ct);
        Assert.Equal(_morning.SecondWave[1].Id, Assert.Single(found).InvitationId);
    }

    [Fact]
    public async Task An_unknown_code_answers_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _morning.CheckIn.ByCodeAsync(_morning.Desk, "ZZZZZZZZ", null, Ct));
    }
}
