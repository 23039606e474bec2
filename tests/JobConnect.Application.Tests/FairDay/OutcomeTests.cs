using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Tests.Documents;
using JobConnect.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.FairDay;

public sealed class OutcomeTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    private Task<int> ConversationAtAAsync(int index) =>
        _morning.Db.QueryAsync(db => db.Conversations.Where(c => c.InvitationId == _morning.FirstWave[index].Id).Select(c => c.Id).SingleAsync(Ct));

    private static OutcomeInput Appointment(int conversationId) => new()
    {
        ConversationId = conversationId,
        Kind = OutcomeKind.InterviewAppointment,
        AppointmentDate = new DateOnly(2027, 3, 25),
        AppointmentTime = new TimeOnly(10, 30),
        AppointmentPlace = "Werk Baunatal, Halle 3",
        AppointmentContact = "Frau Wettlaufer, 0561 123456",
    };

    [Fact]
    public async Task A_retried_submission_is_saved_exactly_once_even_when_the_retries_race()
    {
        var input = Appointment(await ConversationAtAAsync(0));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _morning.RecordOutcome.HandleAsync(_morning.StaffA, input, Ct), Ct)));

        Assert.Single(results, r => !r.WasAlreadySaved);
        Assert.Equal(1, await _morning.Db.QueryAsync(db => db.OutcomeSubmissions.CountAsync(s => s.ConversationId == input.ConversationId, Ct)));
        var again = await _morning.RecordOutcome.HandleAsync(_morning.StaffA, input, Ct);
        Assert.True(again.WasAlreadySaved);
    }

    [Fact]
    public async Task A_new_submission_corrects_the_outcome()
    {
        var id = await ConversationAtAAsync(1);
        await _morning.RecordOutcome.HandleAsync(_morning.StaffA, new OutcomeInput { ConversationId = id, Kind = OutcomeKind.NotSuitable }, Ct);

        await _morning.RecordOutcome.HandleAsync(_morning.StaffA, new OutcomeInput { ConversationId = id, Kind = OutcomeKind.SendDocuments, Note = "Zeugnisse" }, Ct);

        var stored = await _morning.Db.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == id, Ct));
        Assert.Equal((OutcomeKind.SendDocuments, "Zeugnisse", "staff-a"), (stored.Outcome!.Kind, stored.Outcome.Note, stored.Outcome.RecordedByUserId));
    }

    [Fact]
    public async Task An_appointment_needs_date_time_place_and_contact()
    {
        var input = Appointment(await ConversationAtAAsync(0));
        input.AppointmentPlace = "";
        input.AppointmentTime = null;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => _morning.RecordOutcome.HandleAsync(_morning.StaffA, input, Ct));

        Assert.Equal(new[] { nameof(OutcomeInput.AppointmentPlace), nameof(OutcomeInput.AppointmentTime) },
            refused.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(0, await _morning.Db.QueryAsync(db => db.OutcomeSubmissions.CountAsync(Ct)));
    }

    [Fact]
    public async Task Another_company_cannot_record_at_this_booth()
    {
        var input = Appointment(await ConversationAtAAsync(0));

        await Assert.ThrowsAsync<NotFoundException>(() => _morning.RecordOutcome.HandleAsync(_morning.StaffB, input, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _morning.BoothLive.HandleAsync(_morning.StaffB, _morning.EmployerA, ct: Ct));
    }

    [Fact]
    public async Task An_agreed_appointment_gives_a_slip_and_appears_on_the_own_caseworkers_list_only()
    {
        var id = await ConversationAtAAsync(2);
        await _morning.RecordOutcome.HandleAsync(_morning.StaffA, Appointment(id), Ct);

        var slip = await _morning.Slips.AppointmentSlipAsync(_morning.StaffA, id, Ct);
        var text = Assert.Single(PdfRead.PageTexts(slip.Bytes));
        Assert.Contains("Ihr Vorstellungstermin", text);
        Assert.Contains("25. März 2027", text);
        Assert.Contains("10:30 Uhr", text);
        Assert.Contains("Werk Baunatal, Halle 3", text);
        Assert.Contains("Alex Erste2", text); // consented: the name is printed

        var own = Assert.Single(await _morning.ClientOutcomes.HandleAsync(_morning.CaseworkerA, Ct));
        Assert.Equal((OutcomeKind.InterviewAppointment, new DateOnly(2027, 3, 25), "Nordhessen Metall GmbH"), (own.Kind, own.AppointmentDate, own.Employer));
        Assert.Empty(await _morning.ClientOutcomes.HandleAsync(_morning.CaseworkerB, Ct));

        var booth = await _morning.BoothLive.HandleAsync(_morning.StaffA, _morning.EmployerA, ct: Ct);
        var visit = booth!.Tables.SelectMany(t => t.Slots).Select(s => s.Visit).Single(v => v?.ConversationId == id)!;
        Assert.Equal(OutcomeKind.InterviewAppointment, visit.Outcome);
    }

    [Fact]
    public async Task The_appointment_slip_is_in_the_candidates_letter_language_and_says_the_appointment_in_German_too()
    {
        var id = await ConversationAtAAsync(2);
        var candidate = await _morning.Db.QueryAsync(db => db.Conversations.Where(c => c.Id == id).Select(c => c.Invitation!.JobseekerId).SingleAsync(Ct));
        await _morning.Db.QueryAsync(db => db.Jobseekers.Where(j => j.Id == candidate)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LetterLanguage, Domain.Jobseekers.LetterLanguage.Russian), Ct));
        await _morning.RecordOutcome.HandleAsync(_morning.StaffA, Appointment(id), Ct);

        var slip = await _morning.Slips.AppointmentSlipAsync(_morning.StaffA, id, Ct);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(slip.Bytes);
        var text = PdfRead.Words(Assert.Single(pdf.GetPages()));
        Assert.Contains("Ваше собеседование", text);
        Assert.Contains("четверг, 25 марта 2027 г.", text);
        Assert.Contains("10:30", text);
        Assert.Contains("Werk Baunatal, Halle 3", text); // what the employer typed stays as written
        Assert.Contains("Alex Erste2", text);
        Assert.Contains("Vorstellungstermin bei Nordhessen Metall GmbH am 25. März 2027 um 10:30 Uhr", text);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out UglyToad.PdfPig.Tokens.StringToken lang));
        Assert.Equal("ru", lang.Data);
    }
}
