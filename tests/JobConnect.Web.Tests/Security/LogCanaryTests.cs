using System.Collections.Concurrent;
using System.Net;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>
/// Personal data stays out of the logs (ASVS V16.2.5): a jobseeker with a unique name goes through
/// the main flows — created, listed, opened, matched, invited, scheduled, in a letter, on the
/// check-in list and an employer's booth schedule, even typed into the login form — and every log
/// message of every category, down to Debug, is searched for the name.
/// </summary>
public sealed class LogCanaryTests(DemoFairFactory factory) : IClassFixture<DemoFairFactory>
{
    private const string FirstName = "Kanarienvogel";
    private const string LastName = "Quetschkommodenspieler";

    [Fact]
    public async Task A_unique_jobseeker_name_appears_in_no_log_message_after_the_main_flows()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = await factory.RunMainFlowsAsync(FirstName, LastName, ct);

        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(CaseworkerEmail);
        foreach (var page in new[] { "/jobseekers", $"/jobseekers/{person.JobseekerId}", $"/jobseekers/{person.JobseekerId}/edit", $"/matching/jobseekers/{person.JobseekerId}", "/invitations", "/audit" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page, ct)).StatusCode);
        }
        Assert.Contains(LastName, await client.GetStringAsync($"/jobseekers/{person.JobseekerId}", ct));
        // Someone types the name into the login form.
        await factory.CreateBrowserlikeClient().PostLoginAsync($"{FirstName}.{LastName}@example.org", LastName);

        Assert.True(factory.Logs.Count > 100, "The capture saw too little to mean anything.");
        Assert.DoesNotContain(factory.Logs, line => line.Contains(FirstName, StringComparison.OrdinalIgnoreCase) || line.Contains(LastName, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One person taken through the main flows by <see cref="DemoFairFactory.RunMainFlowsAsync"/>.</summary>
public sealed record FlowPerson(int JobseekerId, int InvitationId, int EmployerId, string CaseworkerUserId, int AgencyId);

/// <summary>The app with the demo fair and every log message of every category captured.</summary>
public sealed class DemoFairFactory : JobConnectFactory
{
    private readonly CapturingLoggerProvider _capture = new();

    public IReadOnlyCollection<string> Logs => _capture.Lines;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(_capture);
            // A rule for this provider only: the app's own "Warning" rules for Microsoft.* do not apply to it.
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug);
        });
    }

    /// <summary>
    /// A new person of the test caseworker's agency, created from a demo person with consent, invited,
    /// given a pinned conversation at the first booth, scheduled, marked invited, put into a letter,
    /// on the check-in list and on the booth's schedule as its employer fetches it (page and PDF).
    /// </summary>
    public async Task<FlowPerson> RunMainFlowsAsync(string firstName, string lastName, CancellationToken ct)
    {
        using var scope = Services.CreateScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var caseworkerUser = (await users.FindByEmailAsync(CaseworkerEmail))!;
        var caseworker = new UserScope(caseworkerUser.Id, Roles.Caseworker, caseworkerUser.AgencyId, null);
        var organizer = new UserScope((await users.FindByEmailAsync(OrganizerEmail))!.Id, Roles.Organizer, null, null);
        await using var db = await services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(ct);

        var template = await db.Jobseekers.AsNoTracking().Include(j => j.Consents).OrderBy(j => j.Id).FirstAsync(j => j.TargetGroup == TargetGroup.Adult, ct);
        var input = JobseekerInput.From(template);
        (input.FirstName, input.LastName, input.ReferenceNumber, input.ConsentShareProfile) = (firstName, lastName, $"FLOW-{Guid.NewGuid():N}"[..14], true);
        var id = await services.GetRequiredService<SaveJobseeker>().HandleAsync(caseworker, null, input, ct);

        await services.GetRequiredService<InviteJobseekers>().HandleAsync(caseworker, [id], ct);
        var invitation = await db.Invitations.AsNoTracking().SingleAsync(i => i.JobseekerId == id, ct);
        var booth = await db.Booths.AsNoTracking().OrderBy(b => b.Id).FirstAsync(ct);
        var phase = await db.FairPhases.AsNoTracking().SingleAsync(p => p.Id == invitation.FairPhaseId, ct);
        var taken = await db.Conversations.Where(c => c.BoothId == booth.Id && c.TableNumber == 1).Select(c => c.SlotStart).ToListAsync(ct);
        db.Conversations.Add(new Conversation
        {
            InvitationId = invitation.Id, BoothId = booth.Id, TableNumber = 1, SlotStart = phase.SlotStarts().Last(s => !taken.Contains(s)), Score = 70, Pinned = true,
        });
        await db.SaveChangesAsync(ct);
        await services.GetRequiredService<PlanConversations>().HandleAsync(organizer, phase.Id, ct);
        await services.GetRequiredService<ChangeInvitationStatus>().HandleAsync(caseworker, invitation.Id, InvitationStatus.Invited, ct: ct);

        Assert.NotEmpty((await services.GetRequiredService<PrintInvitationLetters>().InvitationAsync(caseworker, invitation.Id, ct)).Bytes);
        var checkIn = await services.GetRequiredService<GetCheckInList>().HandleAsync(organizer, phase.Id, ct);
        Assert.Contains(checkIn!.People, e => e.LastName == lastName);
        var employer = new UserScope("flow-employer", Roles.Employer, null, booth.EmployerId);
        var schedule = await services.GetRequiredService<GetBoothSchedule>().HandleAsync(employer, booth.EmployerId, ct);
        Assert.Contains(schedule!.Conversations, c => c.Name == $"{firstName} {lastName}");
        Assert.NotNull(await services.GetRequiredService<PrintFairDocuments>().BoothScheduleAsync(employer, booth.EmployerId, ct));
        return new FlowPerson(id, invitation.Id, booth.EmployerId, caseworkerUser.Id, caseworkerUser.AgencyId!.Value);
    }

    public sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {formatter(state, exception)} {exception} {state}");
        }
    }
}
