using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <param name="GoodScore">A candidate is good from this score on.</param>
/// <param name="WantedPerOpening">Good candidates wanted per opening; fewer marks the vacancy as low.</param>
public sealed record CoverageQuery(int GoodScore = 60, int WantedPerOpening = 3);

/// <param name="Candidates">People any agency could invite (not excluded).</param>
/// <param name="Good">Candidates scoring at least the good score.</param>
/// <param name="GoodByAgency">Good candidates per agency id; agencies without any are missing.</param>
/// <param name="GoodInvited">Good candidates already holding a seat at the fair.</param>
/// <param name="Wanted">Good candidates wanted: openings × wanted per opening.</param>
public sealed record VacancyCoverage(
    VacancySummary Vacancy, int Candidates, int Good, IReadOnlyDictionary<int, int> GoodByAgency, int GoodInvited, int Wanted)
{
    public bool IsLow => Good < Wanted;
}

public sealed record AgencyName(int Id, string Name);

/// <param name="Vacancies">Lowest coverage first.</param>
public sealed record MatchingCoverage(
    IReadOnlyList<VacancyCoverage> Vacancies, IReadOnlyList<AgencyName> Agencies, CoverageQuery Query, MatchingVersion Version);

/// <summary>
/// The organizer's view before invitations go out: per vacancy how many good candidates the agencies
/// hold between them. Counts only — no person is named or identifiable here.
/// </summary>
public sealed class GetMatchingCoverage(MatchingCache cache, IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<MatchingCoverage?> HandleAsync(UserScope scope, CoverageQuery query, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        if (query.GoodScore is < 0 or > 100 || query.WantedPerOpening < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Good score must be 0–100 and wanted per opening at least 1.");
        }
        var snapshot = await cache.CurrentAsync(ct);
        if (snapshot is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new AgencyName(a.Id, a.Name)).ToListAsync(ct);
        var seated = (await db.Invitations.AsNoTracking().Where(i => i.FairId == snapshot.FairId)
                .Select(i => new { i.JobseekerId, i.Status }).ToListAsync(ct))
            .Where(i => Invitation.HoldsSeatIn(i.Status)).Select(i => i.JobseekerId).ToHashSet();

        var rows = snapshot.Vacancies.Values.Select(v =>
            {
                var candidates = snapshot.Ranking.ForVacancy(v.Id);
                var good = candidates.Where(m => m.Score >= query.GoodScore).Select(m => m.JobseekerId).ToList();
                var byAgency = good.GroupBy(id => snapshot.People[id].AgencyId).ToDictionary(g => g.Key, g => g.Count());
                return new VacancyCoverage(VacancySummary.Of(v), candidates.Count, good.Count, byAgency,
                    good.Count(seated.Contains), v.Openings * query.WantedPerOpening);
            })
            .OrderByDescending(c => c.IsLow).ThenBy(c => c.Good - c.Wanted).ThenBy(c => c.Vacancy.EmployerName, StringComparer.CurrentCulture)
            .ToList();
        return new MatchingCoverage(rows, agencies, query, snapshot.Version);
    }
}
