using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Infrastructure.Data;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Benchmarks.Documents;

/// <summary>
/// The Kassel demo fair in a temporary SQLite file, everyone invited by their agency and both phases
/// scheduled: the documents are measured through the same services the app uses, database reads included.
/// </summary>
public sealed class KasselDocumentsFair : IDbContextFactory<JobConnectDbContext>, IAsyncDisposable
{
    public static readonly UserScope Organizer = new("org", Roles.Organizer, null, null);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"jobconnect-bench-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<JobConnectDbContext> _options;
    private readonly TimeProvider _clock = TimeProvider.System;

    private KasselDocumentsFair()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={_path}" })
            .Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, configuration);
        _options = builder.Options;
        var renderer = new PdfDocumentRenderer(_clock);
        LetterData = new GetInvitations(this, _clock);
        var batches = new LetterBatches(this, _clock, new NoAddress());
        Letters = new PrintInvitationLetters(LetterData, batches, renderer);
        Documents = new PrintFairDocuments(new GetBoothSchedule(this, _clock), new GetScheduleGrid(this, _clock), new GetCheckInList(this, _clock),
            new GetFairOverview(this, _clock), LetterData, batches, renderer);
    }

    public GetInvitations LetterData { get; }
    public PrintInvitationLetters Letters { get; }
    public PrintFairDocuments Documents { get; }
    public int MorningId { get; private set; }
    public int FirstMorningInvitationId { get; private set; }
    public int MorningLetters { get; private set; }
    public int Booths { get; private set; }

    public JobConnectDbContext CreateDbContext() => new(_options);

    public static async Task<KasselDocumentsFair> CreateAsync()
    {
        var fair = new KasselDocumentsFair();
        await fair.SeedAsync();
        return fair;
    }

    private async Task SeedAsync()
    {
        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync();
            var now = _clock.GetUtcNow().UtcDateTime;
            await DemoSeeder.SaveFairAsync(db, DemoSeeder.FairDateFor(DateOnly.FromDateTime(now)), now, CancellationToken.None);
        }

        var invite = new InviteJobseekers(this, _clock);
        await using (var db = CreateDbContext())
        {
            var people = await db.Jobseekers.Select(j => new { j.Id, j.AgencyId }).ToListAsync();
            foreach (var agency in people.GroupBy(p => p.AgencyId))
            {
                await invite.HandleAsync(new UserScope($"cw-{agency.Key}", Roles.Caseworker, agency.Key, null), [.. agency.Select(a => a.Id)], CancellationToken.None);
            }
        }

        await using (var db = CreateDbContext())
        {
            var phases = await db.FairPhases.ToDictionaryAsync(p => p.Name, p => p.Id);
            MorningId = phases[TestPhases.Morning];
            foreach (var id in phases.Values)
            {
                await new PlanConversations(this, _clock).HandleAsync(Organizer, id, CancellationToken.None);
            }
            FirstMorningInvitationId = await db.Invitations.Where(i => i.FairPhaseId == MorningId).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            MorningLetters = await db.Invitations.CountAsync(i => i.FairPhaseId == MorningId);
            Booths = await db.Booths.CountAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Letters without a personal link: the benchmark measures rendering, as before links existed.</summary>
internal sealed class NoAddress : JobConnect.Application.Ports.IAppAddress
{
    public string? BaseAddress => null;
}
