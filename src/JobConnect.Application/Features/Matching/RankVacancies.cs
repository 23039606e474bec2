using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <param name="Person">The person with their invitation status; <see cref="CandidateMatch.Match"/> is unset here.</param>
/// <param name="Ranked">Best first (score, then vacancy id).</param>
/// <param name="Excluded">Vacancies of the person's phase that a hard requirement rules out, with the reason.</param>
public sealed record JobseekerMatches(
    CandidateMatch Person, IReadOnlyList<VacancyMatch> Ranked, IReadOnlyList<VacancyMatch> Excluded, MatchingVersion Version);

/// <summary>A caseworker's view of one person of their caseload: the open vacancies ranked by match, explained.</summary>
public sealed class RankVacancies(MatchingCache cache, IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<JobseekerMatches> HandleAsync(UserScope scope, int jobseekerId, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        var snapshot = await cache.CurrentAsync(ct) ?? throw new NotFoundException("There is no current fair.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseload = await Caseload.ActiveAsync(db, scope, snapshot.FairId, ct);
        if (!caseload.TryGetValue(jobseekerId, out var person) || !snapshot.People.TryGetValue(jobseekerId, out var jobseeker))
        {
            throw new NotFoundException("The person is not in the caller's active caseload.");
        }

        var ranked = snapshot.Ranking.ForJobseeker(jobseekerId)
            .Select(m => snapshot.Vacancies[m.VacancyId])
            .Select(v => new VacancyMatch(VacancySummary.Of(v), snapshot.Explain(jobseeker, v)))
            .ToList();
        var rankedIds = ranked.Select(m => m.Vacancy.Id).ToHashSet();
        var excluded = snapshot.Vacancies.Values
            .Where(v => !rankedIds.Contains(v.Id))
            .Select(v => new VacancyMatch(VacancySummary.Of(v), snapshot.Explain(jobseeker, v)))
            // Vacancies of the other phase are not for this person at all; listing them would hide the real reasons.
            .Where(m => m.Match.Exclusions.All(e => e.Reason != ExclusionReason.PhaseNotEligible))
            .OrderBy(m => m.Vacancy.EmployerName, StringComparer.CurrentCulture).ThenBy(m => m.Vacancy.Title, StringComparer.CurrentCulture)
            .ToList();
        return new JobseekerMatches(person, ranked, excluded, snapshot.Version);
    }
}
