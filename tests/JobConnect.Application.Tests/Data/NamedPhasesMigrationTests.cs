using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Infrastructure.Data;
using JobConnect.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Application.Tests.Data;

/// <summary>
/// An installation from before named phases (ADR 0008): its fair's morning and afternoon rows become the
/// phases "Vormittag" and "Nachmittag" with their target groups, on the provider under test.
/// </summary>
public sealed class NamedPhasesMigrationTests : IAsyncLifetime
{
    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("named-phases");

    public async ValueTask InitializeAsync() => await _database.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    [Fact]
    public async Task The_two_phases_of_an_existing_fair_get_their_German_names_and_keep_their_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, _database.Provider, new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build());
        await using var db = new JobConnectDbContext(builder.Options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_NamedPhases", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before, cancellationToken: ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Fairs" ("Name", "Date", "Venue", "VenueAddress", "RetentionDays", "ReminderDays",
                "MatchWeights_Distance", "MatchWeights_GermanLevel", "MatchWeights_MustHaveSkills", "MatchWeights_NiceToHaveSkills",
                "MatchWeights_Occupation", "MatchWeights_StartDate", "MatchWeights_WorkingTime")
            VALUES ('job-connect Kassel 2026', '2026-03-12', 'Ständehaus', 'Ständeplatz 8', 180, '7,1', 1, 1, 1, 1, 1, 1, 1)
            """, ct);
        foreach (var (kind, group, start, end) in new[] { ("Afternoon", "SchoolLeaver", new TimeOnly(14, 0), new TimeOnly(16, 30)), ("Morning", "Adult", new TimeOnly(9, 0), new TimeOnly(12, 30)) })
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "FairPhases" ("FairId", "Kind", "TargetGroup", "Start", "End", "SlotMinutes", "SeatCapacity", "SeatsTaken",
                    "ConversationsPerPerson", "MinimumScore", "EntranceCapacityPerWave")
                SELECT "Id", {kind}, {group}, {start}, {end}, 15, 100, 3, 3, 50, 60 FROM "Fairs"
                """, ct);
        }
        var ids = await db.Database.SqlQueryRaw<int>("""SELECT "Id" AS "Value" FROM "FairPhases" ORDER BY "Id" """).ToListAsync(ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        var phases = await db.FairPhases.AsNoTracking().OrderBy(p => p.Start).Select(p => new { p.Id, p.Name, p.TargetGroup, p.SeatsTaken }).ToListAsync(ct);
        Assert.Equal(
            [(ids[1], "Vormittag", TargetGroup.Adult, 3), (ids[0], "Nachmittag", TargetGroup.SchoolLeaver, 3)],
            phases.Select(p => (p.Id, p.Name, p.TargetGroup, p.SeatsTaken)));
    }
}
