using JobConnect.Testing;
using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.FollowUps;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Application.Tests.Reports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.FollowUps;

public sealed class FollowUpTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private PastFairBuilder _fair = null!;
    private UserScope _agencyA = null!, _agencyB = null!;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _fair = new PastFairBuilder(_db);
        await _fair.SeedAsync(
        [
            // A's client with an interview at company A, one with documents requested at B, one not suitable (no task); B's client hired at B.
            new PersonFacts(0, TestPhases.Morning, InvitationStatus.Arrived, true, false, [new TalkFacts(0, 0, OutcomeKind.InterviewAppointment), new TalkFacts(1, 0, OutcomeKind.NotSuitable)], null, ContractKind.None, 0),
            new PersonFacts(0, TestPhases.Morning, InvitationStatus.Arrived, true, false, [new TalkFacts(1, 0, OutcomeKind.SendDocuments)], null, ContractKind.None, 0),
            new PersonFacts(0, TestPhases.Morning, InvitationStatus.Arrived, true, false, [new TalkFacts(1, 0, OutcomeKind.NotSuitable)], null, ContractKind.None, 0),
            new PersonFacts(1, TestPhases.Afternoon, InvitationStatus.Arrived, true, false, [new TalkFacts(1, 1, OutcomeKind.Hired)], null, ContractKind.None, 0),
        ]);
        _agencyA = new UserScope("cw-a", Roles.Caseworker, _fair.Agencies[0], null);
        _agencyB = new UserScope("cw-b", Roles.Caseworker, _fair.Agencies[1], null);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private GetFollowUps List => new(_db, _clock);
    private CompleteFollowUp Complete => new(_db, _clock, new FollowUpInputValidator());

    [Fact]
    public async Task Each_client_with_an_outcome_gets_tasks_at_2_6_and_12_weeks_of_the_own_agency_only()
    {
        var a = await List.HandleAsync(_agencyA);
        await List.HandleAsync(_agencyA); // opening again adds nothing

        Assert.Equal(6, a.Tasks.Count);
        Assert.Equal([14, 14, 42, 42, 84, 84], a.Tasks.Select(t => t.DueOn.DayNumber - PastFairBuilder.FairDate.DayNumber).Order());
        Assert.All(a.Tasks, t => Assert.Equal(t.DueOn < DateOnly.FromDateTime(_clock.GetUtcNow().Date), t.Overdue));
        Assert.Equal(2, a.Outcomes.Count);
        Assert.Equal(6, await _db.QueryAsync(db => db.FollowUpTasks.CountAsync(t => t.AgencyId == _fair.Agencies[0])));
        var b = await List.HandleAsync(_agencyB);
        Assert.Equal(3, b.Tasks.Count);
        Assert.DoesNotContain(b.Tasks, t => a.Tasks.Any(x => x.Id == t.Id));
    }

    [Fact]
    public async Task A_completed_follow_up_feeds_the_funnels_last_steps()
    {
        var task = (await List.HandleAsync(_agencyA)).Tasks.First(t => t.Employers.Any(e => e.Id == _fair.Employers[0]));
        var organizer = new UserScope("o", Roles.Organizer, null, null);
        var before = (await new GetFunnel(_db, _clock).HandleAsync(organizer, _fair.FairId)).Total;

        await Complete.HandleAsync(_agencyA, task.Id, new FollowUpInput
        {
            InterviewHeld = InterviewHeld.Yes, Contract = ContractKind.Job, ContractEmployerId = _fair.Employers[0], ContractStart = new DateTime(2027, 2, 1),
        });

        var after = (await new GetFunnel(_db, _clock).HandleAsync(organizer, _fair.FairId)).Total;
        Assert.Equal((before.InterviewHeld + 1, before.Jobs + 1), (after.InterviewHeld, after.Jobs));
        var done = (await List.HandleAsync(_agencyA)).Tasks.Single(t => t.Id == task.Id);
        Assert.True(done.Done);
        Assert.Equal(new DateOnly(2027, 2, 1), done.ContractStart);
    }

    [Fact]
    public async Task Bad_answers_and_other_agencies_tasks_are_refused()
    {
        var task = (await List.HandleAsync(_agencyA)).Tasks.First(t => t.Employers.Any(e => e.Id == _fair.Employers[0]));

        var invalid = await Assert.ThrowsAsync<ValidationException>(() => Complete.HandleAsync(_agencyA, task.Id, new FollowUpInput { Contract = ContractKind.Job }));
        Assert.Contains(invalid.Errors, e => e.ErrorMessage == FollowUpMessages.EmployerRequired);
        Assert.Contains(invalid.Errors, e => e.ErrorMessage == FollowUpMessages.StartRequired);
        var stranger = await Assert.ThrowsAsync<BusinessRuleException>(() => Complete.HandleAsync(_agencyA, task.Id,
            new FollowUpInput { Contract = ContractKind.Job, ContractEmployerId = _fair.Employers[1] + 1000, ContractStart = new DateTime(2027, 2, 1) }));
        Assert.Equal(FollowUpMessages.EmployerNotTalkedTo, stranger.MessageKey);
        await Assert.ThrowsAsync<NotFoundException>(() => Complete.HandleAsync(_agencyB, task.Id, new FollowUpInput { InterviewHeld = InterviewHeld.No }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => List.HandleAsync(new UserScope("e", Roles.Employer, null, _fair.Employers[0])));
        Assert.False(await _db.QueryAsync(db => db.FollowUpTasks.AnyAsync(t => t.CompletedUtc != null)));
    }
}
