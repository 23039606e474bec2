using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.PersonalPage;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Invitations;
using JobConnect.Infrastructure.Calendar;
using JobConnect.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobConnect.Application.Tests.Invitee;

/// <summary>E-mail reminders before the fair through a real SMTP conversation with a sink on loopback.</summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private readonly InviteeWorld _world = new();
    private readonly SmtpSink _sink = new();

    public ValueTask InitializeAsync() => _world.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _sink.DisposeAsync();
        await _world.DisposeAsync();
    }

    private SendReminders Reminders => new(_world.Db, _world.Clock,
        new SmtpMailSender(Options.Create(new EmailOptions { Enabled = true, Port = _sink.Port, Security = "None" })),
        new FixedAddress(InviteeWorld.Address), new IcalPlanCalendar(_world.Clock));

    private List<MimeMessage> Messages() =>
        [.. _sink.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))))];

    /// <summary>Nine in the morning in Kassel, <paramref name="days"/> days before the fair (18 March 2027).</summary>
    private void DaysBefore(int days) => _world.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 18, 8, 0, 0, TimeSpan.Zero).AddDays(-days));

    [Fact]
    public async Task Reminders_go_once_to_invited_people_with_email_consent_who_did_not_decline()
    {
        var ct = TestContext.Current.CancellationToken;
        var consenting = await _world.InviteAsync(_world.Jobcentre, 4, emailConsent: true);
        var withoutConsent = await _world.InviteAsync(_world.Jobcentre, 2);
        var tokens = await _world.PrintAsync(_world.Jobcentre, [.. consenting.Take(3), .. withoutConsent]);
        // consenting[3] stays planned: no letter went out, so no reminder either.
        await _world.Respond.HandleAsync(tokens[consenting[0]], new InvitationAnswer { Attend = false, Reason = DeclineReason.Illness }, ct);
        await _world.Respond.HandleAsync(tokens[consenting[1]], new InvitationAnswer { Attend = true }, ct);
        var expected = await AddressesAsync(consenting[1], consenting[2]);

        DaysBefore(10);
        Assert.Equal(new ReminderRun(null, 0, 0), await Reminders.HandleAsync(InviteeWorld.Organizer, ct));
        DaysBefore(7);
        var first = await Task.WhenAll(Task.Run(() => Reminders.HandleAsync(InviteeWorld.Organizer, ct)), Task.Run(() => Reminders.HandleAsync(SendReminders.System, ct)));
        Assert.Equal(2, first.Sum(r => r.Sent));
        Assert.All(first, r => Assert.Equal(7, r.DaysBefore));
        Assert.Equal(expected, Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(new ReminderRun(7, 0, 0), await Reminders.HandleAsync(InviteeWorld.Organizer, ct));

        DaysBefore(1);
        Assert.Equal(new ReminderRun(1, 2, 0), await Reminders.HandleAsync(InviteeWorld.Organizer, ct));
        Assert.Equal(4, Messages().Count);
        var recorded = await _world.Db.QueryAsync(db => db.LetterDispatches.Where(d => d.Kind == LetterKind.Reminder).ToListAsync(ct));
        Assert.Equal([1, 1, 7, 7], recorded.Select(d => d.ReminderDaysBefore!.Value).Order());
        Assert.All(recorded, d => Assert.Equal(DispatchChannel.Email, d.Channel));

        // The mail carries the plan as a calendar file and a personal link that opens the person's page.
        var last = Messages()[^1];
        Assert.Contains(last.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var link = System.Text.RegularExpressions.Regex.Match(last.TextBody ?? "", @"https://jobmesse\.example\.de/e/([2-9A-Z]{16})");
        Assert.True(link.Success, last.TextBody);
        Assert.Equal(PersonalPageState.Valid, (await _world.Page.OpenAsync(link.Groups[1].Value, ct)).State);
        Assert.Contains("morgen", last.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_is_written_in_the_persons_letter_language_with_the_German_below_and_a_calendar_in_that_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = Assert.Single(await _world.InviteAsync(_world.Jobcentre, 1, emailConsent: true));
        await _world.Db.QueryAsync(db => db.Jobseekers.Where(j => db.Invitations.Any(i => i.Id == person && i.JobseekerId == j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LetterLanguage, Domain.Jobseekers.LetterLanguage.English), ct));
        await _world.PrintAsync(_world.Jobcentre, [person]);

        DaysBefore(1);
        Assert.Equal(new ReminderRun(1, 1, 0), await Reminders.HandleAsync(InviteeWorld.Organizer, ct));

        var mail = Assert.Single(Messages());
        Assert.StartsWith("Reminder: job fair", mail.Subject, StringComparison.Ordinal);
        var body = mail.TextBody ?? "";
        Assert.Contains("is tomorrow.", body, StringComparison.Ordinal);
        var german = body.IndexOf(PersonalMail.GermanFollows, StringComparison.Ordinal);
        Assert.True(german > body.IndexOf("is tomorrow.", StringComparison.Ordinal), body);
        Assert.Contains("wir erinnern Sie an die Jobmesse", body[german..], StringComparison.Ordinal);
        var ics = Assert.IsType<TextPart>(Assert.Single(mail.Attachments, a => a.ContentType.MimeType == "text/calendar"), exactMatch: false);
        Assert.Contains("SUMMARY:Job fair", ics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organizer_sets_the_days_and_an_invalid_list_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await _world.InviteAsync(_world.Agency, 1, emailConsent: true);
        await _world.PrintAsync(_world.Agency, ids);
        var manage = new ManageReminders(_world.Db, _world.Clock, Reminders, new ReminderDaysInputValidator());

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => manage.SaveAsync(InviteeWorld.Organizer, new ReminderDaysInput { Days = "7, morgen" }, ct));
        Assert.True(await manage.SaveAsync(InviteeWorld.Organizer, new ReminderDaysInput { Days = " 3 , 14 " }, ct));
        Assert.Equal("14,3", (await manage.GetAsync(InviteeWorld.Organizer, ct))!.Days);

        DaysBefore(7);
        Assert.Equal(14, (await Reminders.HandleAsync(InviteeWorld.Organizer, ct)).DaysBefore);
        Assert.Single(Messages());
        DaysBefore(3);
        Assert.Equal(new ReminderRun(3, 1, 0), await Reminders.HandleAsync(InviteeWorld.Organizer, ct));
        Assert.Equal(new Dictionary<int, int> { [14] = 1, [3] = 1 }, (await manage.GetAsync(InviteeWorld.Organizer, ct))!.SentPerDay);
        await Assert.ThrowsAsync<JobConnect.Application.Access.AccessDeniedException>(() => Reminders.HandleAsync(_world.Agency, ct));
    }

    private async Task<List<string>> AddressesAsync(params int[] invitationIds) =>
        await _world.Db.QueryAsync(db => db.Invitations.Where(i => invitationIds.Contains(i.Id)).Select(i => i.Jobseeker!.Email!).OrderBy(e => e).ToListAsync());
}
