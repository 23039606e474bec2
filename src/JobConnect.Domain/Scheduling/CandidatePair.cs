namespace JobConnect.Domain.Scheduling;

/// <summary>An acceptable person × employer match, already filtered by the phase's minimum score.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="EmployerId">The employer.</param>
/// <param name="VacancyId">The vacancy the conversation would be about.</param>
/// <param name="Score">Match score 0–100.</param>
public sealed record CandidatePair(int PersonId, int EmployerId, int VacancyId, int Score);
