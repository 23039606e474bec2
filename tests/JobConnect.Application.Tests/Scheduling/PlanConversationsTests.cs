using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Matching;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Scheduling;

/// <summary>The scheduler run on the demo fair in a real database: every invited adult, 17 booths, the morning phase.</summary>
public sealed class PlanConversationsTests : IAsyncLifetime
{
    private static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero));
    private int _morningId;

    private PlanConversations Plan => new(_db, _clock);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        await using (var db = _db.CreateDbContext())
        {
            await DemoSeeder.SaveFairAsync(db, new DateOnly(2027, 3, 11), _clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
        }
        _morningId = await _db.QueryAsync(db => db.FairPhases.Where(p => p.Name == TestPhases.Morning).Select(p => p.Id).SingleAsync());

        // Each agency's caseworker invites its adults, as on the real invitation day.
        var invite = new InviteJobseekers(_db, _clock);
        var adults = await _db.QueryAsync(db => db.Jobseekers.Where(j => j.TargetGroup == TargetGroup.Adult).Select(j => new { j.Id, j.AgencyId }).ToListAsync());
        foreach (var agency in adults.GroupBy(a => a.AgencyId))
        {
            await invite.HandleAsync(new UserScope($"cw-{agency.Key}", Roles.Caseworker, agency.Key, null), agency.Select(a => a.Id).ToList(), TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    /// <summary>A person with a fitting employer goes without a conversation only when every such employer's tables are booked in every slot.</summary>
    private async Task AssertUnplannedOnlyWhereFullAsync(FairPhase phase, List<Conversation> conversations, PlanResult result)
    {
        var people = await _db.QueryAsync(db => db.Jobseekers.Include(j => j.EmployerExclusions).Where(j => db.Invitations.Any(i => i.JobseekerId == j.Id && i.FairPhaseId == phase.Id)).ToListAsync());
        var booths = (await _db.QueryAsync(db => db.Booths.ToListAsync())).Where(b => b.Phases.HasFlag(TargetGroups.Adults)).ToDictionary(b => b.EmployerId);
        var vacancies = (await _db.QueryAsync(db => db.Vacancies.ToListAsync())).Where(v => v.Phases.HasFlag(TargetGroups.Adults) && booths.ContainsKey(v.EmployerId)).ToList();
        var ranking = FastMatcher.Rank(people, vacancies, MatchWeights.Default, MatchRankingOptions.Full);
        var employerOf = vacancies.ToDictionary(v => v.Id, v => v.EmployerId);
        var planned = conversations.Select(c => c.Invitation!.JobseekerId).ToHashSet();
        var perEmployer = conversations.GroupBy(c => c.Booth!.EmployerId).ToDictionary(g => g.Key, g => g.Count());
        var slots = phase.SlotStarts().Count;
        var unexplained = people.Where(p => !planned.Contains(p.Id))
            .Select(p => ranking.ForJobseeker(p.Id).Where(m => m.Score >= phase.MinimumScore).Select(m => employerOf[m.VacancyId]).Distinct().ToList())
            .Where(fitting => fitting.Any(e => perEmployer.GetValueOrDefault(e) < booths[e].Tables * slots))
            .ToList();
        Assert.Empty(unexplained);
        Assert.True(result.PeopleWithConversation >= result.PeopleWithCandidate * 95 / 100, $"{result.PeopleWithConversation} of {result.PeopleWithCandidate} planned");
    }

    [Fact]
    public async Task A_cancelled_person_and_one_who_blocks_the_employer_leave_its_booth_schedule_at_once()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var atBooth = await _db.QueryAsync(db => db.Conversations
            .GroupBy(c => c.Booth!.EmployerId)
            .OrderByDescending(g => g.Count())
            .Select(g => new { EmployerId = g.Key, People = g.Select(c => new { c.InvitationId, c.Invitation!.JobseekerId, c.Invitation.AgencyId }).ToList() })
            .FirstAsync());
        var (cancelled, blocking) = (atBooth.People[0], atBooth.People[1]);
        var employer = new UserScope("emp", Roles.Employer, null, atBooth.EmployerId);
        var booths = new GetBoothSchedule(_db, _clock);
        var before = (await booths.HandleAsync(employer, atBooth.EmployerId, TestContext.Current.CancellationToken))!.Conversations.Select(c => c.Participant).ToList();
        Assert.Contains(Domain.Invitations.ParticipantNumber.Of(cancelled.InvitationId), before);
        Assert.Contains(Domain.Invitations.ParticipantNumber.Of(blocking.InvitationId), before);

        await new ChangeInvitationStatus(_db, _clock).HandleAsync(new UserScope("cw", Roles.Caseworker, cancelled.AgencyId, null),
            cancelled.InvitationId, InvitationStatus.Cancelled, "Arbeit aufgenommen", TestContext.Current.CancellationToken);
        await new SetEmployerExclusion(_db, _clock).HandleAsync(new UserScope("cw", Roles.Caseworker, blocking.AgencyId, null),
            blocking.JobseekerId, atBooth.EmployerId, true, TestContext.Current.CancellationToken);

        var after = (await booths.HandleAsync(employer, atBooth.EmployerId, TestContext.Current.CancellationToken))!.Conversations.Select(c => c.Participant).ToList();
        Assert.DoesNotContain(Domain.Invitations.ParticipantNumber.Of(cancelled.InvitationId), after);
        Assert.DoesNotContain(Domain.Invitations.ParticipantNumber.Of(blocking.InvitationId), after);
        Assert.Equal(before.Count - 2, after.Count);
        Assert.Equal(0, await _db.QueryAsync(db => db.Conversations.CountAsync(c => c.InvitationId == cancelled.InvitationId)));
        Assert.Equal(0, await _db.QueryAsync(db => db.Conversations.CountAsync(c => c.InvitationId == blocking.InvitationId && c.Booth!.EmployerId == atBooth.EmployerId)));
    }

    [Fact]
    public async Task The_plan_scores_with_the_fairs_weights()
    {
        var weights = new MatchWeights { Occupation = 10, MustHaveSkills = 0, NiceToHaveSkills = 0, Distance = 90, WorkingTime = 0, StartDate = 0, GermanLevel = 0 };
        await _db.QueryAsync(async db =>
        {
            var fair = await db.Fairs.SingleAsync(TestContext.Current.CancellationToken);
            fair.MatchWeights = weights;
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);

        var conversations = await _db.QueryAsync(db => db.Conversations
            .Include(c => c.Invitation!).ThenInclude(i => i.Jobseeker!).ThenInclude(j => j.EmployerExclusions).ToListAsync());
        var vacancies = await _db.QueryAsync(db => db.Vacancies.ToDictionaryAsync(v => v.Id));
        Assert.NotEmpty(conversations);
        Assert.All(conversations, c => Assert.Equal(MatchScorer.Score(c.Invitation!.Jobseeker!, vacancies[c.VacancyId!.Value], weights).Score, c.Score));
        Assert.Contains(conversations, c => c.Score != MatchScorer.Score(c.Invitation!.Jobseeker!, vacancies[c.VacancyId!.Value], MatchWeights.Default).Score);
    }

    [Fact]
    public async Task Every_invited_person_with_a_fitting_employer_gets_a_conflict_free_plan_and_an_arrival_window()
    {
        var result = await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);

        Assert.True(result.ProvablyOptimal);
        Assert.True(result.People >= 300, $"{result.People} invited");
        Assert.Null(result.ChangedPlans);

        var conversations = await _db.QueryAsync(db => db.Conversations.Include(c => c.Booth).Include(c => c.Invitation!).ThenInclude(i => i.Jobseeker!).ThenInclude(j => j.EmployerExclusions).ToListAsync());
        Assert.Equal(result.Conversations, conversations.Count);
        var phase = await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == _morningId));
        await AssertUnplannedOnlyWhereFullAsync(phase, conversations, result);
        Assert.All(conversations, c =>
        {
            Assert.Contains(c.SlotStart, phase.SlotStarts());
            Assert.InRange(c.TableNumber, 1, c.Booth!.Tables);
            Assert.True(c.Score >= phase.MinimumScore);
            Assert.False(c.Invitation!.Jobseeker!.Excludes(c.Booth.EmployerId), "a blocked employer was scheduled");
        });
        Assert.All(conversations.GroupBy(c => c.InvitationId), plan =>
        {
            Assert.InRange(plan.Count(), 1, phase.ConversationsPerPerson);
            Assert.Equal(plan.Count(), plan.Select(c => c.SlotStart).Distinct().Count());
            Assert.Equal(plan.Count(), plan.Select(c => c.Booth!.EmployerId).Distinct().Count());
            var invitation = plan.First().Invitation!;
            Assert.Equal(plan.Min(c => c.SlotStart), invitation.ArrivalTo);
            Assert.Equal(invitation.ArrivalTo!.Value.AddMinutes(-phase.SlotMinutes), invitation.ArrivalFrom);
        });
        Assert.Equal(conversations.Count, conversations.Select(c => (c.BoothId, c.TableNumber, c.SlotStart)).Distinct().Count());
    }

    [Fact]
    public async Task A_rerun_keeps_pins_absorbs_a_cancellation_and_reports_the_plans_it_changed()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var pinned = await _db.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).FirstAsync());
        await _db.QueryAsync(db => db.Conversations.Where(c => c.Id == pinned.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Pinned, true)));
        var cancelled = await _db.QueryAsync(db => db.Invitations.Where(i => i.Id != pinned.InvitationId).OrderBy(i => i.Id).FirstAsync());
        await new ChangeInvitationStatus(_db, _clock).HandleAsync(Organizer, cancelled.Id, InvitationStatus.Cancelled, "erkrankt", TestContext.Current.CancellationToken);

        var rerun = await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);

        Assert.NotNull(rerun.ChangedPlans);
        Assert.True(rerun.ChangedPlans < 20, $"{rerun.ChangedPlans} plans changed for one cancellation");
        var conversations = await _db.QueryAsync(db => db.Conversations.ToListAsync());
        Assert.Contains(conversations, c => c.Pinned && c.InvitationId == pinned.InvitationId && c.BoothId == pinned.BoothId
            && c.TableNumber == pinned.TableNumber && c.SlotStart == pinned.SlotStart);
        Assert.DoesNotContain(conversations, c => c.InvitationId == cancelled.Id);
        Assert.Null((await _db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == cancelled.Id))).ArrivalFrom);
    }

    [Fact]
    public async Task A_rerun_keeps_recorded_outcomes_and_the_ids_of_every_conversation_it_does_not_move()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var before = await _db.QueryAsync(db => db.Conversations.AsNoTracking().ToListAsync());
        var talked = before.Where(c => !c.Pinned).OrderBy(c => c.Id).First();
        var outcome = new ConversationOutcome
        {
            Kind = OutcomeKind.InterviewAppointment,
            AppointmentDate = new DateOnly(2027, 3, 18),
            AppointmentTime = new TimeOnly(10, 0),
            Note = "Vorstellungsgespräch vereinbart",
            RecordedUtc = _clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = "employer",
        };
        await _db.QueryAsync(async db =>
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Id == talked.Id);
            conversation.Outcome = outcome;
            return await db.SaveChangesAsync();
        });
        var cancelled = before.Where(c => c.InvitationId != talked.InvitationId).OrderBy(c => c.InvitationId).First().InvitationId;
        await new ChangeInvitationStatus(_db, _clock).HandleAsync(Organizer, cancelled, InvitationStatus.Cancelled, "erkrankt", TestContext.Current.CancellationToken);

        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);

        var after = await _db.QueryAsync(db => db.Conversations.AsNoTracking().ToDictionaryAsync(c => c.Id));
        Assert.True(after.TryGetValue(talked.Id, out var kept), "the conversation with an outcome was deleted");
        Assert.Equal((talked.InvitationId, talked.BoothId, talked.TableNumber, talked.SlotStart), (kept.InvitationId, kept.BoothId, kept.TableNumber, kept.SlotStart));
        Assert.Equal((outcome.Kind, outcome.AppointmentDate, outcome.AppointmentTime, outcome.Note, outcome.RecordedByUserId),
            (kept.Outcome?.Kind, kept.Outcome?.AppointmentDate, kept.Outcome?.AppointmentTime, kept.Outcome?.Note, kept.Outcome?.RecordedByUserId));
        // Everything the re-run left in place is the same row, not a copy.
        var unmoved = before.Where(c => after.Values.Any(a => a.InvitationId == c.InvitationId && a.BoothId == c.BoothId && a.TableNumber == c.TableNumber && a.SlotStart == c.SlotStart)).ToList();
        Assert.True(unmoved.Count > before.Count / 2);
        Assert.All(unmoved, c => Assert.True(after.ContainsKey(c.Id), $"conversation {c.Id} was re-created"));
    }

    [Fact]
    public async Task A_rerun_after_a_booth_left_the_phase_and_another_lost_a_table_plans_around_them()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var busiest = await _db.QueryAsync(db => db.Conversations.GroupBy(c => c.BoothId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(2).ToListAsync());
        await _db.QueryAsync(db => db.Conversations.Where(c => c.BoothId == busiest[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.Pinned, true)));
        await _db.QueryAsync(db => db.Booths.Where(b => b.Id == busiest[0]).ExecuteUpdateAsync(s => s.SetProperty(b => b.Phases, TargetGroups.SchoolLeavers)));
        await _db.QueryAsync(db => db.Booths.Where(b => b.Id == busiest[1]).ExecuteUpdateAsync(s => s.SetProperty(b => b.Tables, 1)));

        var rerun = await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);

        Assert.True(rerun.Conversations > 0);
        var conversations = await _db.QueryAsync(db => db.Conversations.ToListAsync());
        Assert.DoesNotContain(conversations, c => c.BoothId == busiest[0]);
        Assert.DoesNotContain(conversations, c => c.BoothId == busiest[1] && c.TableNumber > 1);
    }

    [Fact]
    public async Task Moving_a_conversation_is_checked_for_double_bookings_and_pins_it()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var conversations = await _db.QueryAsync(db => db.Conversations.Include(c => c.Booth).ToListAsync());
        var plan = conversations.GroupBy(c => c.InvitationId).First(p => p.Count() >= 2).OrderBy(c => c.SlotStart).ToList();
        var (first, second) = (plan[0], plan[1]);
        var occupied = conversations.First(c => c.SlotStart == first.SlotStart && c.InvitationId != first.InvitationId && c.BoothId != first.BoothId);
        var move = new MoveConversation(_db);
        var slots = (await _db.QueryAsync(db => db.FairPhases.SingleAsync(p => p.Id == _morningId))).SlotStarts();
        var freeSlot = slots.First(s => plan.All(c => c.SlotStart != s)
            && !conversations.Any(c => c.BoothId == first.BoothId && c.TableNumber == first.TableNumber && c.SlotStart == s));

        await AssertRefusedAsync(MoveRefusals.PersonBusy, () => move.HandleAsync(Organizer, first.Id, first.BoothId, first.TableNumber, second.SlotStart, TestContext.Current.CancellationToken));
        await AssertRefusedAsync(MoveRefusals.TableBusy, () => move.HandleAsync(Organizer, first.Id, occupied.BoothId, occupied.TableNumber, occupied.SlotStart, TestContext.Current.CancellationToken));
        await AssertRefusedAsync(MoveRefusals.NoSuchPlace, () => move.HandleAsync(Organizer, first.Id, first.BoothId, first.Booth!.Tables + 1, freeSlot, TestContext.Current.CancellationToken));
        await AssertRefusedAsync(MoveRefusals.NoSuchPlace, () => move.HandleAsync(Organizer, first.Id, first.BoothId, first.TableNumber, new TimeOnly(10, 50), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => move.HandleAsync(new UserScope("cw", Roles.Caseworker, 1, null), first.Id, first.BoothId, first.TableNumber, freeSlot, TestContext.Current.CancellationToken));

        await move.HandleAsync(Organizer, first.Id, first.BoothId, first.TableNumber, freeSlot, TestContext.Current.CancellationToken);
        var moved = await _db.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == first.Id));
        Assert.Equal((freeSlot, true), (moved.SlotStart, moved.Pinned));

        var grid = await new GetScheduleGrid(_db, _clock).HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var row = grid!.Rows.Single(r => r.BoothId == first.BoothId && r.TableNumber == first.TableNumber);
        Assert.True(row.Cells[freeSlot].Pinned);
        Assert.False(row.Cells.ContainsKey(first.SlotStart));
        Assert.Equal(conversations.Count, grid.Rows.Sum(r => r.Cells.Count));

        // Removing conversations: the arrival window follows the first one left, and none is left without any.
        var remove = new RemoveConversation(_db);
        await Assert.ThrowsAsync<AccessDeniedException>(() => remove.HandleAsync(new UserScope("cw", Roles.Caseworker, 1, null), second.Id, TestContext.Current.CancellationToken));
        var remaining = plan.Select(c => c.Id).ToList();
        foreach (var id in remaining)
        {
            await remove.HandleAsync(Organizer, id, TestContext.Current.CancellationToken);
            var left = await _db.QueryAsync(db => db.Conversations.Where(c => c.InvitationId == first.InvitationId).OrderBy(c => c.SlotStart).ToListAsync());
            var invitation = await _db.QueryAsync(db => db.Invitations.SingleAsync(i => i.Id == first.InvitationId));
            Assert.Equal(left.FirstOrDefault()?.SlotStart, invitation.ArrivalTo);
        }
        await Assert.ThrowsAsync<NotFoundException>(() => remove.HandleAsync(Organizer, first.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_employer_sees_its_own_booth_with_names_only_under_consent()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var employerId = await _db.QueryAsync(db => db.Conversations.GroupBy(c => c.Booth!.EmployerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var consented = (await _db.QueryAsync(db => db.Invitations
                .Where(i => i.Jobseeker!.Consents.Any(c => c.Scope == Domain.Jobseekers.ConsentScope.ShareProfileWithEmployers && c.WithdrawnUtc == null))
                .Select(i => i.Id).ToListAsync()))
            .Select(Domain.Invitations.ParticipantNumber.Of)
            .ToHashSet();
        var employer = new UserScope("e", Roles.Employer, null, employerId);
        var booths = new GetBoothSchedule(_db, _clock);

        var schedule = await booths.HandleAsync(employer, employerId, TestContext.Current.CancellationToken);

        Assert.NotNull(schedule);
        Assert.NotEmpty(schedule.Conversations);
        Assert.All(schedule.Conversations, c => Assert.Equal(consented.Contains(c.Participant), c.Name is not null));
        Assert.Contains(schedule.Conversations, c => c.Name is null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => booths.HandleAsync(employer, employerId + 1, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => booths.HandleAsync(new UserScope("cw", Roles.Caseworker, 1, null), employerId, TestContext.Current.CancellationToken));
        Assert.Equal(schedule.Conversations.Count, (await booths.HandleAsync(Organizer, employerId, TestContext.Current.CancellationToken))!.Conversations.Count);
    }

    [Fact]
    public async Task A_caseworker_sees_the_plans_of_the_own_agency_only()
    {
        await Plan.HandleAsync(Organizer, _morningId, TestContext.Current.CancellationToken);
        var agencyId = await _db.QueryAsync(db => db.Invitations.Select(i => i.AgencyId).FirstAsync());
        var plans = new GetInvitations(_db, _clock);

        var own = await plans.PlansAsync(new UserScope("cw", Roles.Caseworker, agencyId, null), TestContext.Current.CancellationToken);
        var all = await plans.PlansAsync(Organizer, TestContext.Current.CancellationToken);

        var ownIds = await _db.QueryAsync(db => db.Invitations.Where(i => i.AgencyId == agencyId).Select(i => i.Id).ToListAsync());
        Assert.Equal(ownIds.Order(), own.Select(p => p.InvitationId).Order());
        Assert.True(all.Count > own.Count);
        Assert.Contains(own, p => p.Conversations.Count > 0 && p.ArrivalTo == p.Conversations[0].Start);
        await Assert.ThrowsAsync<AccessDeniedException>(() => plans.PlansAsync(new UserScope("e", Roles.Employer, null, 1), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Employer)]
    public async Task Only_organizers_see_the_whole_grid(string role)
    {
        var scope = new UserScope("u", role, role == Roles.Caseworker ? 1 : null, role == Roles.Employer ? 1 : null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => new GetScheduleGrid(_db, _clock).HandleAsync(scope, _morningId, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Employer)]
    public async Task Only_organizers_run_the_scheduler(string role)
    {
        var scope = new UserScope("u", role, role == Roles.Caseworker ? 1 : null, role == Roles.Employer ? 1 : null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Plan.HandleAsync(scope, _morningId, TestContext.Current.CancellationToken));
        Assert.Equal(0, await _db.QueryAsync(db => db.Conversations.CountAsync()));
    }

    private static async Task AssertRefusedAsync(string messageKey, Func<Task> move) =>
        Assert.Equal(messageKey, (await Assert.ThrowsAsync<BusinessRuleException>(move)).MessageKey);
}
