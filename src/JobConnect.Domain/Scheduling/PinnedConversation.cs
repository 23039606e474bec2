namespace JobConnect.Domain.Scheduling;

/// <summary>A conversation the organizer fixed; the scheduler keeps it exactly and plans around it.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="EmployerId">The employer.</param>
/// <param name="TableIndex">Table of the employer's booth, 0-based.</param>
/// <param name="Slot">Slot of the phase, 0-based.</param>
/// <param name="VacancyId">The vacancy the conversation is about.</param>
public sealed record PinnedConversation(int PersonId, int EmployerId, int TableIndex, int Slot, int VacancyId);
