using JobConnect.Application.Access;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Fairs;

/// <summary>
/// A fair with a third phase of a free name ("Abendsprechstunde" for adults): invitations into it, its own
/// quota, its own schedule and letters that name it — next to the usual morning and afternoon (ADR 0008).
/// </summary>
public sealed class ThreePhaseFairTests : IAsyncLifetime
{
    private const string Evening = "Abendsprechstunde";
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private Fair _fair = null!;
    private int _agency;
    private int _eveningId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private UserScope Caseworker => new("cw", Roles.Caseworker, _agency, null);
    private ManageFair Fairs => new(_db, new FairInputValidator(), new NewPhaseInputValidator(), _clock);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _fair = await _db.InsertAsync(TestData.Fair());
        _agency = (await _db.InsertAsync(TestData.Agency())).Id;
        var employer = (await _db.InsertAsync(TestData.Employer())).Id;
        await _db.InsertAsync(new Booth { FairId = _fair.Id, EmployerId = employer, Label = "B01", Tables = 2, Phases = TargetGroups.Adults });
        await _db.InsertAsync(TestData.Vacancy(_fair.Id, employer));

        _eveningId = await Fairs.AddPhaseAsync(Organizer, _fair.Id, new NewPhaseInput { Name = Evening, TargetGroup = TargetGroup.Adult }, Ct);
        await _db.InsertAsync(new AgencyQuota { AgencyId = _agency, FairPhaseId = _eveningId, Seats = 2 });
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    private async Task<List<int>> PeopleAsync(int count, TargetGroup group = TargetGroup.Adult)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await _db.InsertAsync(TestData.Jobseeker(_agency, group))).Id);
        }
        return ids;
    }

    [Fact]
    public async Task The_third_phase_follows_the_others_with_its_own_name_group_and_times()
    {
        var phases = (await Fairs.GetCurrentAsync(Organizer, Ct))!.Phases;

        Assert.Equal(
            [(TestPhases.Morning, TargetGroup.Adult), (TestPhases.Afternoon, TargetGroup.SchoolLeaver), (Evening, TargetGroup.Adult)],
            phases.Select(p => (p.Name, p.TargetGroup)));
        var evening = phases[2];
        Assert.Equal((new TimeOnly(17, 0), new TimeOnly(19, 0)), (evening.Start, evening.End));
    }

    [Fact]
    public async Task A_caseworker_invites_into_the_chosen_phase_within_its_own_quota_and_only_people_of_its_group()
    {
        var adults = await PeopleAsync(3);
        var pupil = (await PeopleAsync(1, TargetGroup.SchoolLeaver)).Single();
        var invite = new InviteJobseekers(_db, _clock);

        var results = await invite.HandleAsync(Caseworker, [.. adults, pupil], _eveningId, Ct);

        Assert.Equal(
            [InviteOutcome.Invited, InviteOutcome.Invited, InviteOutcome.QuotaFull, InviteOutcome.NoPhase],
            results.Select(r => r.Outcome));
        var evening = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == _eveningId));
        var quota = await _db.QueryAsync(db => db.AgencyQuotas.SingleAsync(q => q.FairPhaseId == _eveningId));
        Assert.Equal((2, 2), (evening.SeatsTaken, quota.SeatsTaken));

        // Without a chosen phase the earliest phase of the group takes the person; its quota is its own.
        var other = await invite.HandleAsync(Caseworker, [adults[2]], Ct);
        var phaseOf = await _db.QueryAsync(db => db.Invitations.Where(i => i.JobseekerId == adults[2]).Select(i => i.FairPhase!.Name).SingleAsync());
        Assert.Equal((InviteOutcome.Invited, TestPhases.Morning), (other.Single().Outcome, phaseOf));
    }

    [Fact]
    public async Task The_caseworker_is_offered_every_phase_with_its_seats_and_the_agencys_quota_left_and_nobody_else_asks()
    {
        await new InviteJobseekers(_db, _clock).HandleAsync(Caseworker, await PeopleAsync(1), _eveningId, Ct);
        var phases = new InvitablePhases(_db, _clock);

        var offered = await phases.HandleAsync(Caseworker, Ct);

        var evening = await _db.QueryAsync(db => db.FairPhases.AsNoTracking().SingleAsync(p => p.Id == _eveningId));
        Assert.Equal([TestPhases.Morning, TestPhases.Afternoon, Evening], offered.Select(p => p.Name));
        Assert.Equal(
            new InvitablePhase(_eveningId, Evening, TargetGroup.Adult, new TimeOnly(17, 0), new TimeOnly(19, 0), evening.SeatCapacity - 1, QuotaLeft: 1),
            offered[2]);
        Assert.Null(offered[0].QuotaLeft);
        await Assert.ThrowsAsync<AccessDeniedException>(() => phases.HandleAsync(Organizer, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => phases.HandleAsync(new UserScope("e", Roles.Employer, null, 1), Ct));
    }

    [Fact]
    public async Task The_schedule_of_the_third_phase_uses_its_slots_and_only_its_people_and_the_letters_name_it()
    {
        var evening = await PeopleAsync(2);
        var morning = await PeopleAsync(1);
        var invite = new InviteJobseekers(_db, _clock);
        await invite.HandleAsync(Caseworker, evening, _eveningId, Ct);
        await invite.HandleAsync(Caseworker, morning, Ct);

        var result = await new PlanConversations(_db, _clock).HandleAsync(Organizer, _eveningId, Ct);

        var planned = await _db.QueryAsync(db => db.Conversations
            .Select(c => new { c.Invitation!.JobseekerId, c.Invitation.FairPhaseId, c.SlotStart }).ToListAsync());
        Assert.Equal(2, result.PeopleWithConversation);
        Assert.Equal(evening.Order(), planned.Select(c => c.JobseekerId).Distinct().Order());
        Assert.All(planned, c => Assert.Equal(_eveningId, c.FairPhaseId));
        Assert.All(planned, c => Assert.InRange(c.SlotStart, new TimeOnly(17, 0), new TimeOnly(18, 45)));

        var letters = await new GetInvitations(_db, _clock).LettersAsync(Organizer, _eveningId, Ct);
        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.Equal((Evening, new TimeOnly(17, 0)), (l.Phase, l.PhaseStart)));
    }

    [Fact]
    public async Task Overlapping_times_and_a_taken_name_are_refused_and_nothing_changes()
    {
        var settings = (await new ManagePhaseSettings(_db, _clock).GetAsync(Organizer, Ct)).Single(p => p.PhaseId == _eveningId);

        var overlap = await Assert.ThrowsAsync<PhaseRulesBrokenException>(() =>
            new ManagePhaseSettings(_db, _clock).UpdateAsync(Organizer, settings with { Start = new TimeOnly(16, 0) }, Ct));
        var taken = await Assert.ThrowsAsync<PhaseRulesBrokenException>(() =>
            new ManagePhaseSettings(_db, _clock).UpdateAsync(Organizer, settings with { Name = "nachmittag" }, Ct));
        await new ManagePhaseSettings(_db, _clock).UpdateAsync(Organizer, settings with { Name = "Abendtermine", SeatCapacity = 40 }, Ct);

        Assert.Equal([PhaseProblem.OverlapsOtherPhase], overlap.Problems);
        Assert.Equal([PhaseProblem.NameTaken], taken.Problems);
        var saved = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == _eveningId));
        Assert.Equal(("Abendtermine", new TimeOnly(17, 0), 40), (saved.Name, saved.Start, saved.SeatCapacity));
    }

    [Fact]
    public async Task A_phase_without_invitations_is_removed_and_with_them_its_group_stays()
    {
        await new InviteJobseekers(_db, _clock).HandleAsync(Caseworker, await PeopleAsync(1), _eveningId, Ct);
        var settings = (await new ManagePhaseSettings(_db, _clock).GetAsync(Organizer, Ct)).Single(p => p.PhaseId == _eveningId);

        await Assert.ThrowsAsync<Common.BusinessRuleException>(() =>
            new ManagePhaseSettings(_db, _clock).UpdateAsync(Organizer, settings with { TargetGroup = TargetGroup.SchoolLeaver }, Ct));
        await Assert.ThrowsAsync<Common.BusinessRuleException>(() => Fairs.RemovePhaseAsync(Organizer, _fair.Id, _eveningId, Ct));
        await Fairs.RemovePhaseAsync(Organizer, _fair.Id, _fair.Phase(TestPhases.Afternoon).Id, Ct);

        Assert.Equal([TestPhases.Morning, Evening], await _db.QueryAsync(db => db.FairPhases.OrderBy(p => p.Start).Select(p => p.Name).ToListAsync()));
    }
}
