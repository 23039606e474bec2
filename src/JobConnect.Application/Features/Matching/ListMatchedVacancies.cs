using JobConnect.Application.Access;
using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <param name="Candidates">People of the caller's caseload who may be matched (not excluded).</param>
/// <param name="Good">Of those, the ones scoring at least the good score.</param>
/// <param name="Invited">Of the good ones, those already holding a seat.</param>
/// <param name="BestScore">The best score in the caller's caseload; null without candidates.</param>
public sealed record MatchedVacancy(VacancySummary Vacancy, int Candidates, int Good, int Invited, int? BestScore);

/// <param name="Vacancies">By employer, then title.</param>
public sealed record MatchedVacancies(IReadOnlyList<MatchedVacancy> Vacancies, MatchingVersion Version);

/// <summary>
/// A caseworker's entry into matching: every open vacancy of the current fair with how many people of
/// their own caseload fit it. Counts from the caller's caseload only.
/// </summary>
public sealed class ListMatchedVacancies(MatchingCache cache, IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<MatchedVacancies?> HandleAsync(UserScope scope, int goodScore, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        var snapshot = await cache.CurrentAsync(ct);
        if (snapshot is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseload = await Caseload.ActiveAsync(db, scope, snapshot.FairId, ct);
        var rows = snapshot.Vacancies.Values
            .Select(v =>
            {
                var own = snapshot.Ranking.ForVacancy(v.Id).Where(m => caseload.ContainsKey(m.JobseekerId)).ToList();
                var good = own.Where(m => m.Score >= goodScore).ToList();
                return new MatchedVacancy(VacancySummary.Of(v), own.Count, good.Count,
                    good.Count(m => caseload[m.JobseekerId].IsInvited), own.Count == 0 ? null : own[0].Score);
            })
            .OrderBy(m => m.Vacancy.EmployerName, StringComparer.CurrentCulture).ThenBy(m => m.Vacancy.Title, StringComparer.CurrentCulture)
            .ToList();
        return new MatchedVacancies(rows, snapshot.Version);
    }
}
