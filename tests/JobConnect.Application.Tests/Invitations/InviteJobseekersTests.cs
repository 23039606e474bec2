using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Invitations;

public sealed class InviteJobseekersTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private Fair _fair = null!;
    private int _agencyA, _agencyB;

    private UserScope CaseworkerA => new("cw-a", Roles.Caseworker, _agencyA, null);
    private UserScope CaseworkerB => new("cw-b", Roles.Caseworker, _agencyB, null);
    private InviteJobseekers Invite => new(_db, _clock);
    private ChangeInvitationStatus Change => new(_db, _clock);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _fair = await _db.InsertAsync(TestData.Fair());
        _agencyA = (await _db.InsertAsync(TestData.Agency("Agentur für Arbeit Kassel"))).Id;
        _agencyB = (await _db.InsertAsync(TestData.Agency("Jobcenter Stadt Kassel"))).Id;
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Each_person_goes_into_the_phase_of_their_target_group_and_takes_a_seat()
    {
        var adult = await _db.InsertAsync(TestData.Jobseeker(_agencyA, TargetGroup.Adult));
        var pupil = await _db.InsertAsync(TestData.Jobseeker(_agencyA, TargetGroup.SchoolLeaver));

        var results = await Invite.HandleAsync(CaseworkerA, [adult.Id, pupil.Id], TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(InviteOutcome.Invited, r.Outcome));
        var invitations = await _db.QueryAsync(db => db.Invitations.Include(i => i.FairPhase).ToListAsync());
        Assert.Equal(TestPhases.Morning, invitations.Single(i => i.JobseekerId == adult.Id).FairPhase!.Name);
        Assert.Equal(TestPhases.Afternoon, invitations.Single(i => i.JobseekerId == pupil.Id).FairPhase!.Name);
        Assert.All(invitations, i =>
        {
            Assert.Equal(InvitationStatus.Planned, i.Status);
            Assert.Equal(_agencyA, i.AgencyId);
            Assert.Matches("^[A-HJ-NP-Z2-9]{8}$", i.CheckInCode);
        });
        Assert.Equal(new[] { 1, 1 }, await SeatsTakenAsync());
    }

    [Fact]
    public async Task Another_agencys_person_is_not_found_and_nothing_is_written()
    {
        var theirs = await _db.InsertAsync(TestData.Jobseeker(_agencyA));

        var result = Assert.Single(await Invite.HandleAsync(CaseworkerB, [theirs.Id, 987654], TestContext.Current.CancellationToken), r => r.JobseekerId == theirs.Id);

        Assert.Equal(InviteOutcome.NotFound, result.Outcome);
        Assert.Equal(0, await _db.QueryAsync(db => db.Invitations.CountAsync()));
        Assert.Equal(new[] { 0, 0 }, await SeatsTakenAsync());
    }

    [Theory]
    [InlineData(Roles.Organizer)]
    [InlineData(Roles.Employer)]
    public async Task Only_caseworkers_invite(string role)
    {
        var person = await _db.InsertAsync(TestData.Jobseeker(_agencyA));
        var scope = new UserScope("u", role, null, role == Roles.Employer ? 1 : null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Invite.HandleAsync(scope, [person.Id], TestContext.Current.CancellationToken));
        Assert.Equal(0, await _db.QueryAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task Fifty_parallel_invitations_for_ten_seats_give_exactly_ten()
    {
        for (var round = 0; round < 10; round++)
        {
            await ResetAsync(morningSeats: 10);
            var people = await _db.QueryAsync(async db =>
            {
                var batch = Enumerable.Range(0, 50).Select(i => TestData.Jobseeker(i % 2 == 0 ? _agencyA : _agencyB)).ToList();
                db.Jobseekers.AddRange(batch);
                await db.SaveChangesAsync();
                return batch.Select(j => j.Id).ToList();
            });

            // Each request has its own service call and DbContext, like 50 caseworkers clicking at once.
            var results = await Task.WhenAll(people.Select((id, i) =>
                Task.Run(() => Invite.HandleAsync(i % 2 == 0 ? CaseworkerA : CaseworkerB, [id], TestContext.Current.CancellationToken))));

            var outcomes = results.Select(r => Assert.Single(r).Outcome).ToList();
            Assert.Equal(10, outcomes.Count(o => o == InviteOutcome.Invited));
            Assert.Equal(40, outcomes.Count(o => o == InviteOutcome.PhaseFull));
            Assert.Equal(10, await _db.QueryAsync(db => db.Invitations.CountAsync()));
            Assert.Equal(10, (await SeatsTakenAsync())[0]);
        }
    }

    [Fact]
    public async Task A_double_click_invites_once()
    {
        var person = await _db.InsertAsync(TestData.Jobseeker(_agencyA));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => Invite.HandleAsync(CaseworkerA, [person.Id], TestContext.Current.CancellationToken))));

        var outcomes = results.Select(r => Assert.Single(r).Outcome).ToList();
        Assert.Equal(1, outcomes.Count(o => o == InviteOutcome.Invited));
        Assert.All(outcomes.Where(o => o != InviteOutcome.Invited), o => Assert.Equal(InviteOutcome.AlreadyInvited, o));
        Assert.Equal(1, await _db.QueryAsync(db => db.Invitations.CountAsync()));
        Assert.Equal(1, (await SeatsTakenAsync())[0]);
    }

    [Fact]
    public async Task An_agency_quota_caps_its_invitations_in_the_phase()
    {
        var morning = _fair.Phases.Single(p => p.Name == TestPhases.Morning);
        await _db.InsertAsync(new AgencyQuota { AgencyId = _agencyA, FairPhaseId = morning.Id, Seats = 2 });
        var people = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            people.Add((await _db.InsertAsync(TestData.Jobseeker(_agencyA))).Id);
        }
        var other = await _db.InsertAsync(TestData.Jobseeker(_agencyB));

        var results = await Invite.HandleAsync(CaseworkerA, people, TestContext.Current.CancellationToken);
        var otherResult = Assert.Single(await Invite.HandleAsync(CaseworkerB, [other.Id], TestContext.Current.CancellationToken));

        Assert.Equal([InviteOutcome.Invited, InviteOutcome.Invited, InviteOutcome.QuotaFull, InviteOutcome.QuotaFull], results.Select(r => r.Outcome));
        Assert.Equal(InviteOutcome.Invited, otherResult.Outcome);
        // The refused quota attempts gave their phase seat back.
        Assert.Equal(3, (await SeatsTakenAsync())[0]);
    }

    [Fact]
    public async Task A_declined_invitation_frees_its_seat_and_the_person_can_be_invited_again()
    {
        await ResetAsync(morningSeats: 1);
        var first = await _db.InsertAsync(TestData.Jobseeker(_agencyA));
        var second = await _db.InsertAsync(TestData.Jobseeker(_agencyA));
        var invitationId = Assert.Single(await Invite.HandleAsync(CaseworkerA, [first.Id], TestContext.Current.CancellationToken)).InvitationId!.Value;
        Assert.Equal(InviteOutcome.PhaseFull, Assert.Single(await Invite.HandleAsync(CaseworkerA, [second.Id], TestContext.Current.CancellationToken)).Outcome);

        await Change.HandleAsync(CaseworkerA, invitationId, InvitationStatus.Invited, ct: TestContext.Current.CancellationToken);
        await Change.HandleAsync(CaseworkerA, invitationId, InvitationStatus.Declined, ct: TestContext.Current.CancellationToken);
        var secondClick = await Assert.ThrowsAsync<BusinessRuleException>(() => Change.HandleAsync(CaseworkerA, invitationId, InvitationStatus.Declined, ct: TestContext.Current.CancellationToken));
        Assert.Equal(ChangeInvitationStatus.NotChanged, secondClick.MessageKey);
        Assert.Equal(0, (await SeatsTakenAsync())[0]);

        Assert.Equal(InviteOutcome.Invited, Assert.Single(await Invite.HandleAsync(CaseworkerA, [second.Id], TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(InviteOutcome.PhaseFull, Assert.Single(await Invite.HandleAsync(CaseworkerA, [first.Id], TestContext.Current.CancellationToken)).Outcome);
        await Change.HandleAsync(new UserScope("org", Roles.Organizer, null, null), (await InvitationOfAsync(second.Id)).Id, InvitationStatus.Cancelled, "Umzug", TestContext.Current.CancellationToken);

        var reopened = Assert.Single(await Invite.HandleAsync(CaseworkerA, [first.Id], TestContext.Current.CancellationToken));
        Assert.Equal(InviteOutcome.Invited, reopened.Outcome);
        Assert.Equal(invitationId, reopened.InvitationId);
        var invitation = await InvitationOfAsync(first.Id);
        Assert.Equal(InvitationStatus.Planned, invitation.Status);
        Assert.Equal([InvitationStatus.Planned, InvitationStatus.Invited, InvitationStatus.Declined, InvitationStatus.Planned], invitation.History.Select(h => h.Status));
        Assert.Equal(1, (await SeatsTakenAsync())[0]);
    }

    [Fact]
    public async Task Parallel_cancellations_give_the_seat_back_once()
    {
        var people = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            people.Add((await _db.InsertAsync(TestData.Jobseeker(_agencyA))).Id);
        }
        await Invite.HandleAsync(CaseworkerA, people, TestContext.Current.CancellationToken);
        var invitationId = (await InvitationOfAsync(people[0])).Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(async () =>
            {
                try
                {
                    await Change.HandleAsync(CaseworkerA, invitationId, InvitationStatus.Cancelled, "doppelt", TestContext.Current.CancellationToken);
                    return true;
                }
                catch (BusinessRuleException refusal) when (refusal.MessageKey == ChangeInvitationStatus.NotChanged)
                {
                    return false;
                }
            })));

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(2, (await SeatsTakenAsync())[0]);
    }

    [Fact]
    public async Task Caseworkers_cannot_touch_another_agencys_invitation_nor_check_people_in()
    {
        var person = await _db.InsertAsync(TestData.Jobseeker(_agencyA));
        var invitationId = Assert.Single(await Invite.HandleAsync(CaseworkerA, [person.Id], TestContext.Current.CancellationToken)).InvitationId!.Value;

        await Assert.ThrowsAsync<NotFoundException>(() => Change.HandleAsync(CaseworkerB, invitationId, InvitationStatus.Cancelled, "x", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Change.HandleAsync(CaseworkerA, invitationId, InvitationStatus.Arrived, ct: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Change.HandleAsync(new UserScope("e", Roles.Employer, null, 1), invitationId, InvitationStatus.Cancelled, "x", TestContext.Current.CancellationToken));

        Assert.Equal(InvitationStatus.Planned, (await InvitationOfAsync(person.Id)).Status);
        Assert.Equal(1, (await SeatsTakenAsync())[0]);
    }

    private async Task<Invitation> InvitationOfAsync(int jobseekerId) =>
        await _db.QueryAsync(db => db.Invitations.SingleAsync(i => i.JobseekerId == jobseekerId));

    /// <summary>Seats taken in the morning and the afternoon phase, in that order.</summary>
    private async Task<int[]> SeatsTakenAsync() =>
        (await _db.QueryAsync(db => db.FairPhases.ToListAsync())).OrderBy(p => p.Start).Select(p => p.SeatsTaken).ToArray();

    private async Task ResetAsync(int morningSeats)
    {
        await using var db = _db.CreateDbContext();
        await db.Invitations.ExecuteDeleteAsync();
        await db.Jobseekers.ExecuteDeleteAsync();
        await db.FairPhases.ExecuteUpdateAsync(s => s.SetProperty(p => p.SeatsTaken, 0));
        await db.FairPhases.Where(p => p.Name == TestPhases.Morning).ExecuteUpdateAsync(s => s.SetProperty(p => p.SeatCapacity, morningSeats));
    }
}
