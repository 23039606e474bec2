using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>What the employer taps at the table; <see cref="SubmissionId"/> is chosen when the form opens and sent with every retry.</summary>
public sealed class OutcomeInput
{
    public Guid SubmissionId { get; set; } = Guid.NewGuid();
    public int ConversationId { get; set; }
    public OutcomeKind Kind { get; set; } = OutcomeKind.InterviewAppointment;
    public DateOnly? AppointmentDate { get; set; }
    public TimeOnly? AppointmentTime { get; set; }
    public string AppointmentPlace { get; set; } = "";
    public string AppointmentContact { get; set; } = "";
    public string Note { get; set; } = "";
}

public sealed class OutcomeInputValidator : AbstractValidator<OutcomeInput>
{
    public OutcomeInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.SubmissionId).NotEmpty().WithMessage(JobseekerInputValidator.Keys.Required);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(JobseekerInputValidator.Keys.Required);
        When(x => x.Kind == OutcomeKind.InterviewAppointment, () =>
        {
            RuleFor(x => x.AppointmentDate).NotNull().WithMessage(FairDayMessages.AppointmentIncomplete)
                .Must(d => d is null || d >= clock.FairToday()).WithMessage(FairDayMessages.AppointmentInPast);
            RuleFor(x => x.AppointmentTime).NotNull().WithMessage(FairDayMessages.AppointmentIncomplete);
            RuleFor(x => x.AppointmentPlace).NotEmpty().WithMessage(FairDayMessages.AppointmentIncomplete);
            RuleFor(x => x.AppointmentContact).NotEmpty().WithMessage(FairDayMessages.AppointmentIncomplete);
        });
        RuleFor(x => x.Note).NotEmpty().When(x => x.Kind == OutcomeKind.NoteOnly).WithMessage(JobseekerInputValidator.Keys.Required);
        RuleFor(x => x.AppointmentPlace).MaximumLength(300).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 300 });
        RuleFor(x => x.AppointmentContact).MaximumLength(300).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 300 });
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 1000 });
    }
}

/// <summary>Saved now, or found already saved under the same submission key (a retry after a dropped connection).</summary>
public sealed record OutcomeSaved(int ConversationId, bool WasAlreadySaved);

/// <summary>
/// Records the outcome of a conversation at the employer's own booth (organizers may record for any).
/// Exactly once per submission: the key is stored with the outcome in one transaction and is the primary
/// key of <see cref="OutcomeSubmission"/>, so a retry — even one racing the original — never saves twice.
/// A later, different submission replaces the outcome (a correction).
/// </summary>
public sealed class RecordOutcome(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IValidator<OutcomeInput> validator, FairDayChanges changes)
{
    public async Task<OutcomeSaved> HandleAsync(UserScope scope, OutcomeInput input, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer)
        {
            scope.RequireEmployer();
        }
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var conversation = await db.Conversations.Include(c => c.Booth)
            .FirstOrDefaultAsync(c => c.Id == input.ConversationId && c.Booth!.FairId == fair.Id
                && (scope.IsOrganizer || c.Booth.EmployerId == scope.EmployerId), ct)
            ?? throw new NotFoundException($"Conversation {input.ConversationId} not found.");
        if (await AlreadySavedAsync(db, input, ct))
        {
            return new OutcomeSaved(conversation.Id, true);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var appointment = input.Kind == OutcomeKind.InterviewAppointment;
        conversation.Outcome = new ConversationOutcome
        {
            Kind = input.Kind,
            AppointmentDate = appointment ? input.AppointmentDate : null,
            AppointmentTime = appointment ? input.AppointmentTime : null,
            AppointmentPlace = appointment ? input.AppointmentPlace.Trim() : null,
            AppointmentContact = appointment ? input.AppointmentContact.Trim() : null,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedUtc = now,
            RecordedByUserId = scope.UserId,
        };
        db.OutcomeSubmissions.Add(new OutcomeSubmission { Id = input.SubmissionId, ConversationId = conversation.Id, RecordedUtc = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same key committed in between (the original request and its retry raced): that one counts.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            if (await AlreadySavedAsync(fresh, input, ct))
            {
                return new OutcomeSaved(conversation.Id, true);
            }
            throw;
        }
        changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.Outcome, conversation.BoothId));
        return new OutcomeSaved(conversation.Id, false);
    }

    private static Task<bool> AlreadySavedAsync(JobConnectDbContext db, OutcomeInput input, CancellationToken ct) =>
        db.OutcomeSubmissions.AnyAsync(s => s.Id == input.SubmissionId && s.ConversationId == input.ConversationId, ct);
}
