using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

public sealed class RescheduleTests
{
    private static readonly ConversationScheduler Scheduler = new();

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Unchanged_problem_keeps_every_conversation(int seed)
    {
        var problem = RandomProblems.Create(seed, people: 40, employers: 6, slots: 8, restricted: seed % 2 == 0);
        var previous = Scheduler.Schedule(problem);

        var again = Scheduler.Reschedule(problem, previous);

        Assert.Equal(previous.Conversations, again.Conversations);
        Assert.Equal(new ScheduleChangeSummary(previous.Conversations.Count, previous.Conversations.Count, 0, 0, 0), again.Changes);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cancellations_and_new_people_change_fewer_plans_than_a_fresh_run(int seed)
    {
        var problem = RandomProblems.Create(seed, people: 60, employers: 7, slots: 8, restricted: false);
        var previous = Scheduler.Schedule(problem);
        var random = new Random(seed);
        var cancelled = problem.People.Where(_ => random.Next(10) == 0).Select(p => p.Id).ToHashSet();
        var newcomers = Enumerable.Range(1000, 4).Select(id => new SchedulingPerson(id, 2)).ToList();
        var changed = problem with
        {
            People = [.. problem.People.Where(p => !cancelled.Contains(p.Id)), .. newcomers],
            Candidates =
            [
                .. problem.Candidates.Where(c => !cancelled.Contains(c.PersonId)),
                .. newcomers.SelectMany(p => problem.Employers.Take(3).Select(e => new CandidatePair(p.Id, e.Id, 1, random.Next(50, 101)))),
            ],
        };

        var minimal = Scheduler.Reschedule(changed, previous);
        var fresh = Scheduler.Schedule(changed);

        Assert.Empty(ScheduleValidator.Violations(changed, minimal));
        Assert.NotNull(minimal.Changes);
        Assert.Equal(previous.Conversations.Select(c => c.PersonId).Distinct().Count(cancelled.Contains), minimal.Changes.RemovedPeople);
        Assert.True(minimal.Changes.ChangedPeople <= ChangedPeople(previous, fresh, changed));
        Assert.True(minimal.Changes.KeptConversations >= previous.Conversations.Count(c => !cancelled.Contains(c.PersonId)) / 2);
        // Coverage stays lexicographically first: as many people served as a fresh optimum.
        Assert.Equal(fresh.Metrics.PeopleWithConversation, minimal.Metrics.PeopleWithConversation);
    }

    [Fact]
    public void Pins_survive_a_minimal_changes_re_run()
    {
        var problem = RandomProblems.Create(11, people: 30, employers: 5, slots: 8, restricted: false);
        var previous = Scheduler.Schedule(problem);
        var pin = previous.Conversations[0] with { Slot = (previous.Conversations[0].Slot + 1) % 8 };
        var blocked = problem.BlockedSlots.Contains(pin.Slot);
        var pinned = problem with
        {
            Pinned = blocked ? [] : [new PinnedConversation(pin.PersonId, pin.EmployerId, pin.TableIndex, pin.Slot, pin.VacancyId)],
        };

        var again = Scheduler.Reschedule(pinned, previous);

        Assert.Empty(ScheduleValidator.Violations(pinned, again));
        Assert.True(again.Changes!.KeptConversations >= previous.Conversations.Count - 6);
    }

    private static int ChangedPeople(Schedule before, Schedule after, SchedulingProblem problem)
    {
        var ids = problem.People.Select(p => p.Id).ToHashSet();
        var plansAfter = after.Conversations.ToLookup(c => c.PersonId, c => (c.EmployerId, c.TableIndex, c.Slot));
        return before.Conversations.GroupBy(c => c.PersonId).Where(g => ids.Contains(g.Key))
            .Count(g => !g.Select(c => (c.EmployerId, c.TableIndex, c.Slot)).ToHashSet().SetEquals(plansAfter[g.Key]));
    }
}
