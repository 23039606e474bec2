using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <param name="TargetGroup">Only people of this target group (who may go to its phases).</param>
/// <param name="MinimumScore">Only matches scoring at least this (0–100).</param>
/// <param name="NotInvitedOnly">Only people without an invitation to the current fair that holds a seat.</param>
public sealed record CandidateFilter(TargetGroup? TargetGroup = null, int MinimumScore = 0, bool NotInvitedOnly = false);

/// <param name="Ranked">Best first (score, then id), after the filter.</param>
/// <param name="Excluded">People of the vacancy's phases whom a hard requirement rules out, with the reason; by name.</param>
/// <param name="Version">The data the ranking was computed from; <see cref="MatchingCache.IsCurrentAsync(MatchingVersion, CancellationToken)"/> tells when it is outdated.</param>
public sealed record VacancyCandidates(
    VacancySummary Vacancy, IReadOnlyList<CandidateMatch> Ranked, IReadOnlyList<CandidateMatch> Excluded, MatchingVersion Version);

/// <summary>
/// A caseworker's view of one reported vacancy: the people of their own caseload ranked by match,
/// each with the explanation. Other agencies' people never leave this class.
/// </summary>
public sealed class RankCandidates(MatchingCache cache, IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<VacancyCandidates> HandleAsync(UserScope scope, int vacancyId, CandidateFilter filter, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        var snapshot = await cache.CurrentAsync(ct) ?? throw new NotFoundException("There is no current fair.");
        if (!snapshot.Vacancies.TryGetValue(vacancyId, out var vacancy))
        {
            throw new NotFoundException("The vacancy is not open at the current fair.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseload = await Caseload.ActiveAsync(db, scope, snapshot.FairId, ct);
        var ranked = snapshot.Ranking.ForVacancy(vacancyId)
            .Where(m => m.Score >= filter.MinimumScore && caseload.ContainsKey(m.JobseekerId))
            .Select(m => caseload[m.JobseekerId].With(snapshot.Explain(snapshot.People[m.JobseekerId], vacancy)))
            .Where(filter.Admits)
            .ToList();
        var rankedIds = snapshot.Ranking.ForVacancy(vacancyId).Select(m => m.JobseekerId).ToHashSet();
        var excluded = caseload.Values
            .Where(p => !rankedIds.Contains(p.JobseekerId) && snapshot.People.ContainsKey(p.JobseekerId))
            .Select(p => p.With(snapshot.Explain(snapshot.People[p.JobseekerId], vacancy)))
            // People of another phase are not candidates at all; listing them would hide the real reasons.
            .Where(c => c.Match.Exclusions.All(e => e.Reason != ExclusionReason.PhaseNotEligible))
            .Where(filter.Admits)
            .OrderBy(c => c.LastName, StringComparer.CurrentCulture).ThenBy(c => c.FirstName, StringComparer.CurrentCulture)
            .ToList();
        return new VacancyCandidates(VacancySummary.Of(vacancy), ranked, excluded, snapshot.Version);
    }
}

internal static class CandidateFilters
{
    public static CandidateMatch With(this CandidateMatch person, MatchResult match) => person with { Match = match };

    public static bool Admits(this CandidateFilter filter, CandidateMatch candidate) =>
        (filter.TargetGroup is null || candidate.TargetGroup == filter.TargetGroup) && !(filter.NotInvitedOnly && candidate.IsInvited);
}
