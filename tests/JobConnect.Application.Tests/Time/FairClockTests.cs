using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Application.Tests.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Time;

/// <summary>
/// "Today" is Kassel's today on any server. test.sh runs these again under TZ=UTC and
/// TZ=America/Los_Angeles; the clocks here report the server's own zone as local time, as
/// TimeProvider.System does, so reading local time anywhere would show up as a wrong date.
/// </summary>
[Trait("Category", "Time")]
public sealed class FairClockTests : IAsyncLifetime
{
    /// <summary>23:30 UTC on 10 March: already 11 March in Kassel (UTC+1), still 10 March in Los Angeles and in UTC.</summary>
    private static readonly DateTimeOffset LateEvening = new(2027, 3, 10, 23, 30, 0, TimeSpan.Zero);

    private readonly TestDatabase _db = new();

    public ValueTask InitializeAsync() => _db.InitializeAsync();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static FakeTimeProvider ServerClock(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.Local);
        return clock;
    }

    [Fact]
    public void Today_is_the_date_in_Kassel_whatever_the_server_zone()
    {
        Assert.Equal(new DateOnly(2027, 3, 11), ServerClock(LateEvening).FairToday());
        Assert.Equal(new DateOnly(2027, 3, 10), ServerClock(LateEvening.AddHours(-1)).FairToday());
    }

    [Fact]
    public void Now_follows_Kassel_summer_time()
    {
        Assert.Equal(new DateTime(2027, 7, 1, 12, 0, 0), ServerClock(new DateTimeOffset(2027, 7, 1, 10, 0, 0, TimeSpan.Zero)).FairNow());
        Assert.Equal(new DateTime(2027, 1, 15, 11, 0, 0), ServerClock(new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero)).FairNow());
    }

    [Fact]
    public void A_time_entered_in_Kassel_is_stored_in_UTC_and_shown_back_unchanged()
    {
        var entered = new DateTime(2027, 3, 28, 23, 59, 0); // the night summer time starts
        var stored = FairClock.FromFairTime(entered);
        Assert.Equal(new DateTime(2027, 3, 28, 21, 59, 0), stored);
        Assert.Equal(entered, stored.ToFairTime());
    }

    [Fact]
    public async Task The_current_fair_changes_at_midnight_in_Kassel()
    {
        await _db.InsertAsync(TestData.Fair(new DateOnly(2027, 3, 10)));
        await _db.InsertAsync(TestData.Fair(new DateOnly(2027, 3, 12)));
        var ct = TestContext.Current.CancellationToken;
        await using var db = _db.CreateDbContext();

        Assert.Equal(new DateOnly(2027, 3, 10), (await db.CurrentFairAsync(ServerClock(LateEvening.AddHours(-1)), ct))!.Date);
        Assert.Equal(new DateOnly(2027, 3, 12), (await db.CurrentFairAsync(ServerClock(LateEvening), ct))!.Date);
    }

    [Fact]
    public void A_start_date_of_yesterday_in_Kassel_is_refused_though_it_is_still_that_day_on_the_server()
    {
        var validator = new VacancyInputValidator(ServerClock(LateEvening));
        var input = VacancyInputValidatorTests.Valid();
        input.StartDate = new DateOnly(2027, 3, 10);

        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(VacancyInput.StartDate));
        input.StartDate = new DateOnly(2027, 3, 11);
        Assert.DoesNotContain(validator.Validate(input).Errors, e => e.PropertyName == nameof(VacancyInput.StartDate));
    }

    [Fact]
    public async Task A_letter_printed_late_in_the_evening_carries_Kassels_date()
    {
        var ct = TestContext.Current.CancellationToken;
        var fair = await _db.InsertAsync(TestData.Fair());
        var agency = await _db.InsertAsync(TestData.Agency());
        var person = await _db.InsertAsync(TestData.Jobseeker(agency.Id));
        var invitation = await _db.InsertAsync(new Invitation
        {
            FairId = fair.Id,
            FairPhaseId = fair.Phase(TestPhases.Morning).Id,
            JobseekerId = person.Id,
            AgencyId = agency.Id,
            IssuedByUserId = "u",
            CheckInCode = "ABC123",
        });
        var clock = ServerClock(LateEvening);

        var letter = await new PrintInvitationLetters(new GetInvitations(_db, clock), new LetterBatches(_db, clock, new Invitee.FixedAddress(null)), new PdfDocumentRenderer(clock))
            .InvitationAsync(new UserScope("org", Roles.Organizer, null, null), invitation.Id, ct);

        var text = string.Join(" ", Documents.PdfRead.PageTexts(letter.Bytes));
        Assert.Contains("Datum: 11. März 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_entries_take_their_time_from_the_clock()
    {
        var ct = TestContext.Current.CancellationToken;
        var agency = await _db.InsertAsync(TestData.Agency());
        var person = await _db.InsertAsync(TestData.Jobseeker(agency.Id));
        var caseworker = new UserScope("cw", Roles.Caseworker, agency.Id, null);

        await new GetJobseeker(_db, ServerClock(LateEvening)).HandleAsync(caseworker, person.Id, ct);

        var entry = await _db.QueryAsync(db => db.AuditEntries.SingleAsync(ct));
        Assert.Equal(LateEvening.UtcDateTime, entry.AtUtc);
    }
}
