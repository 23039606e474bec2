using System.Globalization;
using JobConnect.Application.Data;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Vacancies;
using JobConnect.Infrastructure.Data;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Benchmarks.Matching;

/// <summary>
/// Good candidates per vacancy on the demo fair (docs/matching.md, "The demo"): the demo is seeded
/// into a temporary SQLite file exactly as the app seeds it and ranked with the fair's weights, as
/// the organizer's coverage page does. Prints a Markdown table.
/// </summary>
public static class DemoCoverageReport
{
    private const int GoodScore = 60;

    public static async Task PrintAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jobconnect-coverage-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={path}" })
            .Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, configuration);
        try
        {
            await using var db = new JobConnectDbContext(builder.Options);
            await db.Database.MigrateAsync();
            var now = DateTime.UtcNow;
            await DemoSeeder.SaveFairAsync(db, DemoSeeder.FairDateFor(DateOnly.FromDateTime(now)), now, CancellationToken.None);
            Print(await LoadAsync(db));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<Loaded> LoadAsync(JobConnectDbContext db)
    {
        var fair = await db.Fairs.AsNoTracking().SingleAsync();
        var people = await db.Jobseekers.AsNoTracking().AsSplitQuery().Where(j => !j.Archived).Include(j => j.EmployerExclusions).ToListAsync();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => Vacancy.OpenStatuses.Contains(v.Status)).Include(v => v.Employer).ToListAsync();
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToDictionaryAsync(a => a.Id, a => a.Name);
        var vocabulary = await db.SkillVocabularyAsync(CancellationToken.None);
        return new Loaded(fair.MatchWeights, people, vacancies, agencies, vocabulary);
    }

    private sealed record Loaded(MatchWeights Weights, List<Domain.Jobseekers.Jobseeker> People, List<Vacancy> Vacancies,
        Dictionary<int, string> Agencies, SkillVocabulary Vocabulary);

    private static void Print(Loaded data)
    {
        var ranking = FastMatcher.Rank(data.People, data.Vacancies, data.Weights, MatchRankingOptions.Full, vocabulary: data.Vocabulary);
        var agencyOf = data.People.ToDictionary(p => p.Id, p => p.AgencyId);
        var agencyIds = data.Agencies.Keys.ToList();
        Console.WriteLine($"| vacancy | employer | candidates | good (≥ {GoodScore}) | " + string.Join(" | ", agencyIds.Select(a => Short(data.Agencies[a]))) + " | agencies with good ones |");
        Console.WriteLine("|---|---|---|---|" + string.Concat(agencyIds.Select(_ => "---|")) + "---|");
        var goodCounts = new List<int>();
        foreach (var vacancy in data.Vacancies.OrderBy(v => v.Employer!.Name, StringComparer.Ordinal).ThenBy(v => v.Title, StringComparer.Ordinal))
        {
            var candidates = ranking.ForVacancy(vacancy.Id);
            var good = candidates.Where(m => m.Score >= GoodScore).Select(m => agencyOf[m.JobseekerId]).ToList();
            goodCounts.Add(good.Count);
            var perAgency = agencyIds.Select(a => good.Count(g => g == a)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {vacancy.Title} | {vacancy.Employer!.Name} | {candidates.Count} | {good.Count} | {string.Join(" | ", perAgency)} | {perAgency.Count(c => c > 0)} |"));
        }

        goodCounts.Sort();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Vacancies: {goodCounts.Count}; good candidates per vacancy: median {goodCounts[goodCounts.Count / 2]}, min {goodCounts[0]}, max {goodCounts[^1]}; " +
            $"0–5 good: {goodCounts.Count(c => c <= 5)}; ≥ 3 good: {goodCounts.Count(c => c >= 3)}; people: {data.People.Count}."));
    }

    private static string Short(string agency) => agency.Replace("Jobcenter ", "JC ", StringComparison.Ordinal).Replace("Agentur für Arbeit ", "AA ", StringComparison.Ordinal);
}
