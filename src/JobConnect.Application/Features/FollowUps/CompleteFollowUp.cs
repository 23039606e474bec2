using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FollowUps;

/// <summary>The answers of a follow-up: interview held? contract, with whom, from when? A note.</summary>
public sealed class FollowUpInput
{
    public InterviewHeld InterviewHeld { get; set; } = InterviewHeld.Unknown;
    public ContractKind Contract { get; set; } = ContractKind.None;
    public int? ContractEmployerId { get; set; }
    public DateTime? ContractStart { get; set; }
    public string? Note { get; set; }
}

public static class FollowUpMessages
{
    public const string EmployerRequired = "FollowUps.EmployerRequired";
    public const string StartRequired = "FollowUps.StartRequired";
    public const string NoteTooLong = "FollowUps.NoteTooLong";
    public const string EmployerNotTalkedTo = "FollowUps.EmployerNotTalkedTo";
}

public sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator()
    {
        RuleFor(x => x.ContractEmployerId).NotNull().When(x => x.Contract != ContractKind.None).WithMessage(FollowUpMessages.EmployerRequired);
        RuleFor(x => x.ContractStart).NotNull().When(x => x.Contract != ContractKind.None).WithMessage(FollowUpMessages.StartRequired);
        RuleFor(x => x.Note).MaximumLength(500).WithMessage(FollowUpMessages.NoteTooLong);
    }
}

/// <summary>
/// Records a follow-up's answers (again, if a caseworker corrects them). Only the caseworkers of the
/// client's agency; another agency's task answers "not found". The contract's company must be one the
/// client talked to at the fair.
/// </summary>
public sealed class CompleteFollowUp(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IValidator<FollowUpInput> validator)
{
    public async Task HandleAsync(UserScope scope, int taskId, FollowUpInput input, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.AgencyId == scope.AgencyId, ct)
            ?? throw new NotFoundException("Follow-up task not found.");
        if (input.ContractEmployerId is { } employerId && input.Contract != ContractKind.None
            && !await db.Conversations.AnyAsync(c => c.InvitationId == task.InvitationId && c.Booth!.EmployerId == employerId, ct))
        {
            throw new Common.BusinessRuleException(FollowUpMessages.EmployerNotTalkedTo);
        }
        task.Complete(input.InterviewHeld, input.Contract, input.ContractEmployerId,
            input.ContractStart is { } start ? DateOnly.FromDateTime(start) : null, input.Note, scope.UserId, clock.GetUtcNow().UtcDateTime);
        var jobseekerId = await db.Invitations.Where(i => i.Id == task.InvitationId).Select(i => i.JobseekerId).FirstAsync(ct);
        await db.AddAuditAsync(scope, clock, AuditActions.FollowUpRecorded, AuditLog.Jobseeker, jobseekerId, ct);
        await db.SaveChangesAsync(ct);
    }
}
