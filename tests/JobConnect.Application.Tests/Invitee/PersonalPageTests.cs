using JobConnect.Testing;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.PersonalPage;
using JobConnect.Application.Tests.Documents;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Invitee;

/// <summary>The invited person's page behind the letter's personal link: the key, its limits and what it shows.</summary>
public sealed partial class PersonalPageTests : IAsyncLifetime
{
    private readonly InviteeWorld _world = new();

    public ValueTask InitializeAsync() => _world.InitializeAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [GeneratedRegex(@"jobmesse\.example\.de/e/([2-9A-Z]{16})")]
    private static partial Regex ShortLink();

    [Fact]
    public async Task Each_printed_letter_links_to_its_own_invitation_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await _world.InviteAsync(_world.Jobcentre, 3);

        var pdf = await _world.Print.PhaseAsync(_world.Jobcentre, _world.Fair.Phase(TestPhases.Morning).Id, ct);

        var pages = PdfRead.PageTexts(pdf!.Bytes);
        var tokens = pages.Select(p => ShortLink().Match(p)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, tokens.Distinct().Count());
        var codes = await _world.Db.QueryAsync(db => db.Invitations.Where(i => ids.Contains(i.Id)).Select(i => i.CheckInCode).ToListAsync(ct));
        var opened = new List<string>();
        foreach (var (page, token) in pages.Zip(tokens))
        {
            var result = await _world.Page.OpenAsync(token, ct);
            Assert.Equal(PersonalPageState.Valid, result.State);
            // The page opened by a letter's link is that letter's invitation.
            Assert.Contains($"Check-in-Code: {result.View!.CheckInCode}", page, StringComparison.Ordinal);
            opened.Add(result.View.CheckInCode);
        }
        Assert.Equal(codes.Order(), opened.Order());
    }

    [Fact]
    public async Task Guessed_altered_or_undone_tokens_open_nothing_and_the_database_keeps_only_hashes()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await _world.InviteAsync(_world.Agency, 2);
        var tokens = await _world.PrintAsync(_world.Agency, ids);
        var token = tokens[ids[0]];

        Assert.Equal(PersonalPageState.Valid, (await _world.Page.OpenAsync(token.ToLowerInvariant(), ct)).State);
        var flipped = token[..^1] + (token[^1] == 'Z' ? 'Y' : 'Z');
        foreach (var guess in Enumerable.Range(0, 300).Select(_ => PersonalLinks.New(InviteeWorld.Address, "X").Token).Append(flipped).Append(token + "2").Append("").Append(token[..8]))
        {
            Assert.Equal(PersonalPageState.Unknown, (await _world.Page.OpenAsync(guess, ct)).State);
        }
        var stored = await _world.Db.QueryAsync(db => db.LetterDispatches.Select(d => d.PageTokenHash).ToListAsync(ct));
        Assert.All(stored, h => Assert.Matches("^[0-9a-f]{64}$", h));
        Assert.DoesNotContain(stored, h => tokens.Values.Any(t => h!.Contains(t, StringComparison.OrdinalIgnoreCase)));

        // A token answers for its own invitation only: the other person's answer changes nothing of the first.
        Assert.Equal(AnswerOutcome.Confirmed, await _world.Respond.HandleAsync(tokens[ids[1]], new InvitationAnswer { Attend = true }, ct));
        Assert.Equal(InvitationStatus.Invited, (await _world.InvitationAsync(ids[0])).Status);
        Assert.Equal(InvitationStatus.Confirmed, (await _world.InvitationAsync(ids[1])).Status);

        var batch = await _world.Db.QueryAsync(db => db.LetterDispatches.Select(d => d.BatchId).FirstAsync(ct));
        await _world.Batches.UndoAsync(_world.Agency, batch, ct);
        Assert.Equal(PersonalPageState.Unknown, (await _world.Page.OpenAsync(token, ct)).State);
        Assert.Equal(AnswerOutcome.LinkInvalid, await _world.Respond.HandleAsync(token, new InvitationAnswer { Attend = true }, ct));
    }

    [Fact]
    public async Task The_link_works_until_the_day_after_the_fair_and_then_answers_expired()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Agency, 1));
        var token = (await _world.PrintAsync(_world.Agency, [id]))[id];

        // The day after the fair, late evening in Kassel (22:30 UTC = 23:30 CET): still valid.
        _world.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 19, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(PersonalPageState.Valid, (await _world.Page.OpenAsync(token, ct)).State);
        // Half an hour later it is the 20th in Kassel.
        _world.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 19, 23, 30, 0, TimeSpan.Zero));
        var expired = await _world.Page.OpenAsync(token, ct);
        Assert.Equal(PersonalPageState.Expired, expired.State);
        Assert.Null(expired.View);
        Assert.Null(await _world.Page.CalendarAsync(token, ct));
        Assert.Equal(AnswerOutcome.LinkInvalid, await _world.Respond.HandleAsync(token, new InvitationAnswer { Attend = true }, ct));
    }

    [Fact]
    public async Task Every_access_is_audited_with_the_person_when_the_link_names_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Agency, 1));
        var token = (await _world.PrintAsync(_world.Agency, [id]))[id];
        var person = (await _world.InvitationAsync(id)).JobseekerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await _world.Page.OpenAsync(token, ct);
        await _world.Page.CalendarAsync(token, ct);
        await _world.Page.OpenAsync("ZZZZZZZZZZZZZZZZ", ct);
        await _world.Respond.HandleAsync(token, new InvitationAnswer { Attend = true }, ct);

        var entries = await _world.Db.QueryAsync(db => db.AuditEntries.Where(a => a.UserId == InvitationResponse.ByPersonalLink).OrderBy(a => a.Id).ToListAsync(ct));
        Assert.Equal(
            [(AuditActions.PersonalPageOpened, person), (AuditActions.PersonalPageOpened, person), (AuditActions.PersonalPageOpened, "unknown"), ("InvitationConfirmed", person)],
            entries.Select(e => (e.Action, e.EntityId)));
    }

    [Fact]
    public async Task The_page_shows_the_letters_facts_and_nothing_else_of_the_person()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Jobcentre, 1));
        var token = (await _world.PrintAsync(_world.Jobcentre, [id]))[id];
        var person = await _world.Db.QueryAsync(db => db.Invitations.Where(i => i.Id == id).Select(i => i.Jobseeker!).SingleAsync(ct));

        var view = (await _world.Page.OpenAsync(token, ct)).View!;

        Assert.Equal(
            ["AgencyName", "AgencyPhone", "ArrivalFrom", "ArrivalTo", "CheckInCode", "Conversations", "Date", "FairName", "FirstName", "Informal",
             "OffersImportantReason", "Phase", "PhaseEnd", "PhaseStart", "Status", "Venue", "VenueAddress"],
            typeof(PersonalPageView).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var json = JsonSerializer.Serialize(view);
        Assert.Contains(person.FirstName, json, StringComparison.Ordinal);
        foreach (var secret in new[] { person.LastName, person.Email!, person.Street, person.ReferenceNumber, person.Postcode })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
        Assert.True(view.OffersImportantReason);
        Assert.Equal("Jobcenter Stadt Kassel", view.AgencyName);
    }

    [Fact]
    public async Task Double_clicked_declines_free_the_seat_exactly_once_and_the_caseworker_reads_the_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await _world.InviteAsync(_world.Jobcentre, 3);
        var tokens = await _world.PrintAsync(_world.Jobcentre, ids);
        Assert.Equal(3, await _world.MorningSeatsTakenAsync());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _world.Respond.HandleAsync(tokens[ids[0]],
            new InvitationAnswer { Attend = false, Reason = DeclineReason.ImportantReason, Note = "Vorstellungsgespräch bei der Post" }, ct))));

        Assert.Equal(1, outcomes.Count(o => o == AnswerOutcome.Declined));
        Assert.All(outcomes.Where(o => o != AnswerOutcome.Declined), o => Assert.Equal(AnswerOutcome.Unchanged, o));
        Assert.Equal(2, await _world.MorningSeatsTakenAsync());
        Assert.Equal(1, await _world.Db.QueryAsync(db => db.InvitationResponses.CountAsync(ct)));
        var row = Assert.Single(await _world.Invitations.PlansAsync(_world.Jobcentre, ct), p => p.InvitationId == ids[0]);
        Assert.Equal(InvitationStatus.Declined, row.Status);
        Assert.Equal(new PersonAnswer(InvitationStatus.Declined, DeclineReason.ImportantReason, "Vorstellungsgespräch bei der Post", _world.Clock.GetUtcNow().UtcDateTime), row.Answer);
        // A decline stays a decline; confirming afterwards changes nothing.
        Assert.Equal(AnswerOutcome.Unchanged, await _world.Respond.HandleAsync(tokens[ids[0]], new InvitationAnswer { Attend = true }, ct));
        Assert.Equal(2, await _world.MorningSeatsTakenAsync());
    }

    [Fact]
    public async Task Important_reason_is_a_choice_for_job_centre_clients_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Agency, 1));
        var token = (await _world.PrintAsync(_world.Agency, [id]))[id];
        Assert.False((await _world.Page.OpenAsync(token, ct)).View!.OffersImportantReason);

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            _world.Respond.HandleAsync(token, new InvitationAnswer { Attend = false, Reason = DeclineReason.ImportantReason }, ct));

        Assert.Equal(PersonalPageMessages.ImportantReasonJobcentreOnly, refusal.MessageKey);
        Assert.Equal(InvitationStatus.Invited, (await _world.InvitationAsync(id)).Status);
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _world.Respond.HandleAsync(token, new InvitationAnswer { Attend = false }, ct));
    }

    [Fact]
    public async Task The_calendar_file_holds_the_visit_in_Kassel_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Agency, 1));
        var token = (await _world.PrintAsync(_world.Agency, [id]))[id];

        var file = await _world.Page.CalendarAsync(token, ct);

        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(file!.Bytes))!;
        var visit = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2027, 3, 18, 8, 0, 0, DateTimeKind.Utc), visit.DtStart!.AsUtc);
        Assert.Equal("Ständehaus Kassel, Ständeplatz 8, 34117 Kassel", visit.Location);
    }

    [Fact]
    public async Task The_calendar_file_is_worded_in_the_persons_letter_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Assert.Single(await _world.InviteAsync(_world.Agency, 1));
        await _world.Db.QueryAsync(db => db.Jobseekers.Where(j => db.Invitations.Any(i => i.Id == id && i.JobseekerId == j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LetterLanguage, Domain.Jobseekers.LetterLanguage.Turkish), ct));
        var token = (await _world.PrintAsync(_world.Agency, [id]))[id];

        var file = await _world.Page.CalendarAsync(token, ct);

        var visit = Assert.Single(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(file!.Bytes))!.Events);
        Assert.StartsWith("İş fuarı “", visit.Summary, StringComparison.Ordinal);
    }
}
