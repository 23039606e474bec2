namespace JobConnect.Domain.Scheduling;

/// <summary>Counts what a re-run changed for the people, e.g. to send change notices.</summary>
internal static class ScheduleComparison
{
    public static ScheduleChangeSummary Compare(PhaseModel model, IReadOnlyList<ScheduledConversation> previous, Schedule current)
    {
        static Dictionary<int, HashSet<(int, int, int)>> Plans(IEnumerable<ScheduledConversation> conversations) => conversations
            .GroupBy(c => c.PersonId)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.EmployerId, c.TableIndex, c.Slot)).ToHashSet());

        var before = Plans(previous);
        var after = Plans(current.Conversations);
        var previousPeople = before.Keys.ToHashSet();
        var changed = 0;
        foreach (var id in model.PersonIds.Where(previousPeople.Contains))
        {
            var now = after.GetValueOrDefault(id) ?? [];
            if (!now.SetEquals(before[id]))
            {
                changed++;
            }
        }

        var kept = previous.Count(c => after.GetValueOrDefault(c.PersonId)?.Contains((c.EmployerId, c.TableIndex, c.Slot)) == true);
        return new ScheduleChangeSummary(
            previous.Count,
            kept,
            changed,
            NewPeople: model.PersonIds.Count(id => !previousPeople.Contains(id) && after.ContainsKey(id)),
            RemovedPeople: previousPeople.Count(id => !model.PersonIndex.ContainsKey(id)));
    }
}
