namespace JobConnect.Domain.Matching;

/// <summary>
/// Top matches both ways. Order: points descending, then the other side's id ascending — the same
/// deterministic order in <see cref="ReferenceMatcher"/> and <see cref="FastMatcher"/>. Excluded
/// pairs never appear.
/// </summary>
public sealed class MatchRanking
{
    private readonly Dictionary<int, RankedMatch[]> _byVacancy;
    private readonly Dictionary<int, RankedMatch[]> _byJobseeker;

    internal MatchRanking(Dictionary<int, RankedMatch[]> byVacancy, Dictionary<int, RankedMatch[]> byJobseeker)
    {
        _byVacancy = byVacancy;
        _byJobseeker = byJobseeker;
    }

    /// <summary>Ids of the vacancies that were ranked (open ones), each possibly with an empty list.</summary>
    public IEnumerable<int> VacancyIds => _byVacancy.Keys;

    /// <summary>Ids of the jobseekers that were ranked (not archived).</summary>
    public IEnumerable<int> JobseekerIds => _byJobseeker.Keys;

    /// <summary>The best jobseekers for a vacancy; empty for an unknown vacancy.</summary>
    public IReadOnlyList<RankedMatch> ForVacancy(int vacancyId) => _byVacancy.TryGetValue(vacancyId, out var list) ? list : [];

    /// <summary>The best vacancies for a jobseeker; empty for an unknown jobseeker.</summary>
    public IReadOnlyList<RankedMatch> ForJobseeker(int jobseekerId) => _byJobseeker.TryGetValue(jobseekerId, out var list) ? list : [];
}
