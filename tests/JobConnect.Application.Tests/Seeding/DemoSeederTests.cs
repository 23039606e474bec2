using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;
using JobConnect.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using JobConnect.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Seeding;

/// <summary>The start-up path of a fresh Development database: migrate, add roles, seed the demo fair and logins.</summary>
public sealed class DemoSeederTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly DatabaseUnderTest _database = DatabaseUnderTest.Create("seed");
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_database.Settings)
            .AddInMemoryCollection([new("Database:SeedDemoData", "true")])
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddDataProtection().Services
            .AddJobConnect(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Most_demo_vacancies_have_several_good_candidates_spread_over_the_agencies()
    {
        var ct = TestContext.Current.CancellationToken;
        await DatabaseInitializer.RunAsync(_services, ct);

        await using var db = CreateDbContext();
        // The coming fair: the demo also holds past fairs (with their own, filled vacancies) for the reports.
        var fair = await db.Fairs.OrderByDescending(f => f.Date).FirstAsync(ct);
        var people = await db.Jobseekers.AsNoTracking().Include(j => j.EmployerExclusions).ToListAsync(ct);
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.FairId == fair.Id).ToListAsync(ct);
        var ranking = FastMatcher.Rank(people, vacancies, fair.MatchWeights, MatchRankingOptions.Full, vocabulary: await db.SkillVocabularyAsync(ct));
        var agencyOf = people.ToDictionary(p => p.Id, p => p.AgencyId);

        // Good = score ≥ 60 (the coverage page's default); a pair missing a must-have can never be good.
        var wellCovered = vacancies.Count(v =>
        {
            var good = ranking.ForVacancy(v.Id).Where(m => m.Score >= 60).ToList();
            return good.Count >= 3 && good.Select(m => agencyOf[m.JobseekerId]).Distinct().Count() >= 2;
        });
        Assert.True(wellCovered >= vacancies.Count * 3 / 4, $"{wellCovered} of {vacancies.Count} vacancies have ≥ 3 good candidates from ≥ 2 agencies");
    }

    [Fact]
    public async Task A_fresh_database_gets_the_demo_fair_with_its_keys_set()
    {
        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);

        await using var db = CreateDbContext();
        var fair = await db.Fairs.Include(f => f.Phases).OrderByDescending(f => f.Date).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2027, 3, 11), fair.Date);
        Assert.Equal(DayOfWeek.Thursday, fair.Date.DayOfWeek);
        Assert.Equal("job-connect Kassel 2027", fair.Name);
        Assert.Equal(2, fair.Phases.Count);
        Assert.Equal(4, await db.Agencies.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(17, await db.Employers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(17, await db.Booths.CountAsync(b => b.FairId == fair.Id, TestContext.Current.CancellationToken));
        Assert.InRange(await db.Vacancies.CountAsync(v => v.FairId == fair.Id, TestContext.Current.CancellationToken), 55, 70);
        Assert.InRange(await db.Jobseekers.CountAsync(j => j.TargetGroup == TargetGroup.Adult, TestContext.Current.CancellationToken), 330, 370);
        Assert.InRange(await db.Jobseekers.CountAsync(j => j.TargetGroup == TargetGroup.SchoolLeaver, TestContext.Current.CancellationToken), 100, 120);

        // Every jobseeker belongs to a real agency and every exclusion names a real employer.
        var agencyIds = await db.Agencies.Select(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Jobseekers.CountAsync(j => !agencyIds.Contains(j.AgencyId), TestContext.Current.CancellationToken));
        var employerIds = await db.Employers.Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(await db.EmployerExclusions.AnyAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.EmployerExclusions.CountAsync(x => !employerIds.Contains(x.EmployerId), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_demo_has_a_past_fair_with_arrivals_outcomes_and_follow_ups_and_an_anonymized_one_before_it()
    {
        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;

        await using var db = CreateDbContext();
        var fairs = await db.Fairs.OrderBy(f => f.Date).ToListAsync(ct);
        Assert.Equal(3, fairs.Count);
        var (anonymized, past) = (fairs[0], fairs[1]);
        Assert.True(past.Date < DateOnly.FromDateTime(Now.UtcDateTime) && past.Date.DayOfWeek == DayOfWeek.Thursday);
        Assert.InRange(await db.Invitations.CountAsync(i => i.FairId == past.Id && i.ArrivedUtc != null, ct), 100, 160);
        Assert.True(await db.Invitations.AnyAsync(i => i.FairId == past.Id && i.Status == Domain.Invitations.InvitationStatus.Excused, ct));
        Assert.True(await db.Conversations.AnyAsync(c => c.Invitation!.FairId == past.Id && c.Outcome!.Kind == Domain.Conversations.OutcomeKind.InterviewAppointment, ct));
        Assert.True(await db.FollowUpTasks.AnyAsync(t => t.FairId == past.Id && t.CompletedUtc != null && t.Contract != Domain.FollowUps.ContractKind.None, ct));
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Agentur für Arbeit Kassel", ct);
        Assert.True(await db.FollowUpTasks.AnyAsync(t => t.AgencyId == agency.Id && t.CompletedUtc == null && t.DueOn < past.Date.AddDays(60), ct),
            "the demo caseworker has due follow-ups to work on");
        Assert.True(await db.EmployerFeedback.AnyAsync(f => f.FairId == past.Id, ct));
        Assert.True(await db.FrozenStatistics.AnyAsync(s => s.FairId == anonymized.Id, ct));
        Assert.False(await db.Invitations.AnyAsync(i => i.FairId == anonymized.Id, ct));
    }

    [Fact]
    public async Task Each_demo_login_signs_in_with_its_role_and_scope()
    {
        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);

        await using var scope = _services.CreateAsyncScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal([Roles.Organizer, Roles.Caseworker, Roles.Employer, Roles.CheckIn], logins.Select(l => l.Role));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var login in logins)
        {
            var user = await users.FindByEmailAsync(login.Email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, login.Password), login.Email);
            Assert.Equal([login.Role], await users.GetRolesAsync(user));
            Assert.Equal(login.Role == Roles.Caseworker, user.AgencyId is not null);
            Assert.Equal(login.Role == Roles.Employer, user.EmployerId is not null);
        }
    }

    [Fact]
    public async Task Starting_again_adds_nothing()
    {
        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);
        var before = await CountsAsync();

        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_demo_switch_never_seeds_into_a_real_installation()
    {
        // The operator's first step on an empty database, then a start with the demo switch on by mistake.
        await DatabaseInitializer.RunAsync(_services, seedDemo: false, TestContext.Current.CancellationToken);
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Application.Features.Accounts.CreateFirstOrganizer>().HandleAsync("leitung@messe.example");
        }

        await DatabaseInitializer.RunAsync(_services, TestContext.Current.CancellationToken);

        Assert.Equal((0, 0, 0, 1), await CountsAsync());
        await using var db = CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == DemoSeeder.OrganizerEmail || u.PasswordHash != null));
    }

    private async Task<(int Fairs, int Jobseekers, int Vacancies, int Users)> CountsAsync()
    {
        await using var db = CreateDbContext();
        return (await db.Fairs.CountAsync(), await db.Jobseekers.CountAsync(), await db.Vacancies.CountAsync(), await db.Users.CountAsync());
    }

    private JobConnectDbContext CreateDbContext() =>
        _services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DropAsync();
    }
}
