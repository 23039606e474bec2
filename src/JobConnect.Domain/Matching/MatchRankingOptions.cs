namespace JobConnect.Domain.Matching;

/// <summary>How long the rankings are and how many threads compute them.</summary>
public sealed record MatchRankingOptions
{
    /// <summary>Both rankings complete (every matchable pair, both ways).</summary>
    public static MatchRankingOptions Full { get; } = new() { TopPerVacancy = int.MaxValue, TopPerJobseeker = int.MaxValue };

    /// <summary>Length of each vacancy's ranking of jobseekers; default 50.</summary>
    public int TopPerVacancy { get; init; } = 50;

    /// <summary>Length of each jobseeker's ranking of vacancies; default 20.</summary>
    public int TopPerJobseeker { get; init; } = 20;

    /// <summary>Threads of the fast path; default 2 (a web server shares its cores). Small pools use one.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Throws when a length or the thread count is below 1.</summary>
    public void EnsureValid()
    {
        if (TopPerVacancy < 1 || TopPerJobseeker < 1 || Threads < 1)
        {
            throw new ArgumentException("Ranking lengths and thread count must be at least 1.");
        }
    }
}
