namespace JobConnect.Domain.Scheduling;

/// <summary>How a re-run in minimal-changes mode differs from the previous schedule.</summary>
/// <param name="PreviousConversations">Conversations of the previous schedule.</param>
/// <param name="KeptConversations">Previous conversations kept with the same table and slot.</param>
/// <param name="ChangedPeople">People with conversations in the previous schedule, still in the problem, whose plan differs (table, slot or employer).</param>
/// <param name="NewPeople">People with conversations now who had none in the previous schedule.</param>
/// <param name="RemovedPeople">People with conversations in the previous schedule who are no longer in the problem (cancelled).</param>
public sealed record ScheduleChangeSummary(
    int PreviousConversations, int KeptConversations, int ChangedPeople, int NewPeople, int RemovedPeople);
