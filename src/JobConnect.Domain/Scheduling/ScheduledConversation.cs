namespace JobConnect.Domain.Scheduling;

/// <summary>One planned conversation: a person at an employer's table in a slot.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="EmployerId">The employer.</param>
/// <param name="TableIndex">Table of the employer's booth, 0-based.</param>
/// <param name="Slot">Slot of the phase, 0-based.</param>
/// <param name="VacancyId">The vacancy the conversation is about.</param>
/// <param name="Score">Match score of the pair (0 for a pin without a candidate pair).</param>
/// <param name="IsPinned">Whether the organizer fixed this conversation.</param>
public sealed record ScheduledConversation(
    int PersonId, int EmployerId, int TableIndex, int Slot, int VacancyId, int Score, bool IsPinned);
