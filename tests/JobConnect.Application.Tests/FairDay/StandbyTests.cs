using FluentValidation;
using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.FairDay;

public sealed class StandbyTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    private static WalkInInput WalkIn(string lastName, int? agency = null) => new()
    {
        FirstName = "Sam", LastName = lastName, Postcode = "34117", TargetKldbCode = "24232", Skills = "CNC-Drehen",
        AgencyId = agency, ConsentRegistration = true,
    };

    [Fact]
    public async Task A_walk_in_registered_by_a_caseworker_joins_the_own_agency_and_waits_on_standby()
    {
        var walkIn = await _morning.RegisterWalkIn.HandleAsync(_morning.CaseworkerA, WalkIn("Spontan", agency: _morning.AgencyB), Ct);

        Assert.True(walkIn.IsWalkIn);
        var stored = await _morning.Db.QueryAsync(db => db.Invitations.Include(i => i.Jobseeker).ThenInclude(j => j!.Consents).SingleAsync(i => i.Id == walkIn.InvitationId, Ct));
        Assert.Equal(_morning.AgencyA, stored.AgencyId);
        Assert.NotNull(stored.ArrivedUtc);
        Assert.Contains(stored.Jobseeker!.Consents, c => c.Scope == Domain.Jobseekers.ConsentScope.FairDayRegistration);
        Assert.Contains(await _morning.Standby.WaitingAsync(_morning.Organizer, Ct), p => p.InvitationId == walkIn.InvitationId);
    }

    [Fact]
    public async Task A_walk_in_without_consent_is_not_registered()
    {
        var input = WalkIn("Ohne", _morning.AgencyA);
        input.ConsentRegistration = false;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => _morning.RegisterWalkIn.HandleAsync(_morning.Organizer, input, Ct));

        Assert.Contains(refused.Errors, e => e.ErrorMessage == FairDayMessages.ConsentRequired);
        Assert.Equal(0, await _morning.Db.QueryAsync(db => db.Invitations.CountAsync(i => i.IsWalkIn, Ct)));
    }

    [Fact]
    public async Task A_freed_slot_is_offered_to_the_walk_in_and_given_once_even_when_two_organizers_click_at_once()
    {
        _morning.At(9, 20);
        var walkIn = await _morning.RegisterWalkIn.HandleAsync(_morning.Organizer, WalkIn("Spontan", _morning.AgencyA), Ct);
        var other = await _morning.RegisterWalkIn.HandleAsync(_morning.Organizer, WalkIn("Auchda", _morning.AgencyA), Ct);
        var slot = (await _morning.Standby.FreeSlotsAsync(_morning.Organizer, _morning.MorningId, Ct))
            .First(s => s.BoothId == _morning.BoothA.Id);

        var candidates = await _morning.Standby.CandidatesAsync(_morning.Organizer, slot.BoothId, slot.Start, Ct);
        var offered = Assert.Single(candidates, c => c.InvitationId == walkIn.InvitationId);
        Assert.True(offered.Score > 0);
        Assert.Equal(_morning.VacancyA, offered.VacancyId);

        var attempts = await Task.WhenAll(new[] { walkIn, other }.Select(p => Task.Run(async () =>
        {
            try
            {
                await _morning.Standby.AssignAsync(_morning.Organizer, p.InvitationId, slot.BoothId, slot.Table, slot.Start, _morning.VacancyA, Ct);
                return true;
            }
            catch (BusinessRuleException e) when (e.MessageKey == FairDayMessages.SlotTaken)
            {
                return false;
            }
        }, Ct)));

        Assert.Single(attempts, won => won);
        Assert.Equal(1, await _morning.Db.QueryAsync(db => db.Conversations.CountAsync(
            c => c.BoothId == slot.BoothId && c.TableNumber == slot.Table && c.SlotStart == slot.Start, Ct)));
    }

    [Fact]
    public async Task A_person_who_is_not_here_cannot_take_a_slot()
    {
        var slot = (await _morning.Standby.FreeSlotsAsync(_morning.Organizer, _morning.MorningId, Ct)).First(s => s.BoothId == _morning.BoothB.Id);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            _morning.Standby.AssignAsync(_morning.Organizer, _morning.FirstWave[3].Id, slot.BoothId, slot.Table, slot.Start, null, Ct));

        Assert.Equal(FairDayMessages.NotHere, refused.MessageKey);
    }
}
