using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Attendance;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Application.Tests.Reports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Attendance;

/// <summary>The attendance list comes from the recorded check-ins, and each agency gets only its own clients.</summary>
public sealed class AttendanceTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private PastFairBuilder _fair = null!;

    private static PersonFacts Person(int agency, InvitationStatus status, params TalkFacts[] talks) =>
        new(agency, TestPhases.Morning, status, false, false, talks, null, ContractKind.None, 0);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _fair = new PastFairBuilder(_db);
        await _fair.SeedAsync(
        [
            Person(0, InvitationStatus.Arrived, new TalkFacts(0, 0, OutcomeKind.InterviewAppointment), new TalkFacts(1, 0, OutcomeKind.NoShow), new TalkFacts(1, 1, null)),
            Person(0, InvitationStatus.Confirmed, new TalkFacts(0, 0, null)), // planned, never checked in
            Person(0, InvitationStatus.Excused),
            Person(0, InvitationStatus.Declined),
            Person(0, InvitationStatus.Cancelled),
            Person(1, InvitationStatus.NoShow),
            Person(1, InvitationStatus.Arrived, new TalkFacts(1, 0, OutcomeKind.NotSuitable)),
        ]);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<AttendanceList> ListAsync(UserScope scope) => new GetAttendance(_db, _clock).HandleAsync(scope, _fair.FairId);

    [Fact]
    public async Task An_agency_gets_its_own_clients_from_the_recorded_check_ins()
    {
        var list = await ListAsync(new UserScope("a", Roles.Caseworker, _fair.Agencies[0], null));

        Assert.True(list.CheckInsRecorded);
        Assert.Equal(
            [AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Excused, AttendanceStatus.Declined],
            list.People.OrderBy(p => p.InvitationId).Select(p => p.Attendance));
        var present = list.People.Single(p => p.Attendance == AttendanceStatus.Present);
        Assert.Equal(PastFairBuilder.FairDate.ToDateTime(new TimeOnly(8, 30), DateTimeKind.Utc), present.ArrivedAt);
        Assert.Equal((3, 1), (present.ConversationsPlanned, present.ConversationsHeld));
        Assert.All(list.People, p => Assert.StartsWith("Jobcenter A", p.Agency, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organizers_see_every_agency_and_companies_nobody()
    {
        var all = await ListAsync(new UserScope("o", Roles.Organizer, null, null));

        Assert.Equal(6, all.People.Count);
        Assert.Equal(2, all.Count(AttendanceStatus.Absent));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ListAsync(new UserScope("e", Roles.Employer, null, _fair.Employers[0])));
    }

    [Fact]
    public async Task Without_recorded_check_ins_nobody_is_reported_absent()
    {
        var plain = new PastFairBuilder(_db);
        await plain.SeedAsync([Person(0, InvitationStatus.Confirmed), Person(0, InvitationStatus.Invited)], new DateOnly(2025, 11, 13), "Agentur");

        var list = await new GetAttendance(_db, _clock).HandleAsync(new UserScope("o", Roles.Organizer, null, null), plain.FairId);

        Assert.False(list.CheckInsRecorded);
        Assert.All(list.People, p => Assert.Equal(AttendanceStatus.Open, p.Attendance));
    }
}
