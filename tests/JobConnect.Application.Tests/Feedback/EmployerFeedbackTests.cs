using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Feedback;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Fairs;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Feedback;

public sealed class EmployerFeedbackTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private int _pastFair, _employerA, _employerB, _newcomer;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        var past = TestData.Fair(new DateOnly(2026, 11, 12));
        past.Booths = [];
        _pastFair = (await _db.InsertAsync(past)).Id;
        var coming = await _db.InsertAsync(TestData.Fair(new DateOnly(2027, 3, 18)));
        _employerA = (await _db.InsertAsync(TestData.Employer("A GmbH"))).Id;
        _employerB = (await _db.InsertAsync(TestData.Employer("B AG"))).Id;
        _newcomer = (await _db.InsertAsync(TestData.Employer("Neu KG"))).Id;
        await _db.InsertAsync(new Booth { FairId = _pastFair, EmployerId = _employerA, Label = "A1" });
        await _db.InsertAsync(new Booth { FairId = _pastFair, EmployerId = _employerB, Label = "A2" });
        await _db.InsertAsync(new Booth { FairId = coming.Id, EmployerId = _newcomer, Label = "A1" });
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private EmployerFeedbacks Feedback => new(_db, _clock, new EmployerFeedbackInputValidator());

    private static UserScope Staff(int employer) => new($"staff-{employer}", Roles.Employer, null, employer);

    [Fact]
    public async Task Companies_answer_for_their_latest_fair_and_organizers_read_the_answers_together()
    {
        await Feedback.SubmitAsync(Staff(_employerA), new EmployerFeedbackInput { Satisfaction = 2, Hires = 1 });
        await Feedback.SubmitAsync(Staff(_employerA), new EmployerFeedbackInput { Satisfaction = 4, Hires = 2, Apprenticeships = 1, Wishes = "Mehr Zeit pro Gespräch" });
        await Feedback.SubmitAsync(Staff(_employerB), new EmployerFeedbackInput { Satisfaction = 5 });

        var form = await Feedback.FormAsync(Staff(_employerA));
        Assert.Equal(_pastFair, form!.Fair.Id);
        Assert.Equal(4, form.Input.Satisfaction); // the second answer replaced the first
        var summary = await Feedback.SummaryAsync(new UserScope("o", Roles.Organizer, null, null), _pastFair);
        Assert.Equal((2, 2, 4.5, 2, 1), (summary.Answers, summary.Booths, summary.AverageSatisfaction!.Value, summary.Hires, summary.Apprenticeships));
        Assert.Equal([0, 0, 0, 1, 1], summary.Stars);
        Assert.Equal("A GmbH", Assert.Single(summary.Wishes).Employer);
    }

    [Fact]
    public async Task Refuses_a_company_without_a_past_fair_bad_answers_and_other_roles()
    {
        Assert.Null(await Feedback.FormAsync(Staff(_newcomer)));
        var none = await Assert.ThrowsAsync<BusinessRuleException>(() => Feedback.SubmitAsync(Staff(_newcomer), new EmployerFeedbackInput { Satisfaction = 3 }));
        Assert.Equal(FeedbackMessages.NoFairYet, none.MessageKey);
        var invalid = await Assert.ThrowsAsync<ValidationException>(() => Feedback.SubmitAsync(Staff(_employerA), new EmployerFeedbackInput { Satisfaction = 0, Hires = -1 }));
        Assert.Equal([FeedbackMessages.SatisfactionRequired, FeedbackMessages.CountInvalid], invalid.Errors.Select(e => e.ErrorMessage));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Feedback.SummaryAsync(Staff(_employerA), _pastFair));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Feedback.FormAsync(new UserScope("c", Roles.Caseworker, 1, null)));
    }
}
