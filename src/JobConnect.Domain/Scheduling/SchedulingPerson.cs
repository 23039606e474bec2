namespace JobConnect.Domain.Scheduling;

/// <summary>A person (jobseeker with an invitation) who can be given conversations in a phase.</summary>
/// <param name="Id">Stable id of the person (e.g. the invitation id).</param>
/// <param name="MaxConversations">K_p, the most conversations this person may have.</param>
/// <param name="EarliestSlot">First slot the person can attend, or <c>null</c> if present from slot 0.</param>
public sealed record SchedulingPerson(int Id, int MaxConversations, int? EarliestSlot = null);
