using FluentValidation;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.PersonalPage;

/// <summary>The person's answer: coming, or not coming with a reason (and optionally their own words).</summary>
public sealed class InvitationAnswer
{
    public bool Attend { get; set; }
    public DeclineReason? Reason { get; set; }
    public string? Note { get; set; }
}

public sealed class InvitationAnswerValidator : AbstractValidator<InvitationAnswer>
{
    public InvitationAnswerValidator()
    {
        RuleFor(a => a.Reason).NotNull().When(a => !a.Attend).WithMessage(PersonalPageMessages.ReasonRequired);
        RuleFor(a => a.Reason).IsInEnum();
        RuleFor(a => a.Note).MaximumLength(500).WithMessage(PersonalPageMessages.NoteTooLong);
    }
}

public enum AnswerOutcome
{
    Confirmed,
    Declined,
    /// <summary>Nothing changed: the same answer again (a double click), or the status allows no answer (e.g. declined before, cancelled).</summary>
    Unchanged,
    /// <summary>The link is not, or no longer, valid.</summary>
    LinkInvalid,
}

/// <summary>
/// Confirm or decline from the personal page. A decline gives the seat back exactly once, however often
/// and in parallel it is clicked (<see cref="InvitationSteps"/>), and the caseworker reads the answer and
/// its reason on the invitations page. "Wichtiger Grund" is a reason only job-centre clients are offered.
/// </summary>
public sealed class RespondToInvitation(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, PersonalPage page,
    IValidator<InvitationAnswer> validator)
{
    public async Task<AnswerOutcome> HandleAsync(string? token, InvitationAnswer answer, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(answer, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (state, invitation) = await page.ResolveAsync(db, token, ct);
        if (state != PersonalPageState.Valid || invitation is null)
        {
            await tx.RollbackAsync(ct);
            await page.AuditAsync(db, invitation?.JobseekerId, AuditActions.PersonalPageOpened, ct);
            return AnswerOutcome.LinkInvalid;
        }
        if (answer.Reason == DeclineReason.ImportantReason
            && await db.Agencies.Where(a => a.Id == invitation.AgencyId).Select(a => a.Kind).SingleAsync(ct) != AgencyKind.Jobcenter)
        {
            throw new BusinessRuleException(PersonalPageMessages.ImportantReasonJobcentreOnly);
        }

        var status = answer.Attend ? InvitationStatus.Confirmed : InvitationStatus.Declined;
        var now = clock.GetUtcNow().UtcDateTime;
        var note = answer.Attend ? null : $"{answer.Reason}{(string.IsNullOrWhiteSpace(answer.Note) ? "" : ": " + answer.Note.Trim())}";
        if (!await db.TryChangeAsync(invitation, status, InvitationResponse.ByPersonalLink, now, note, ct))
        {
            return AnswerOutcome.Unchanged;
        }
        db.InvitationResponses.Add(new InvitationResponse
        {
            InvitationId = invitation.Id,
            Answer = status,
            Reason = answer.Attend ? null : answer.Reason,
            Note = answer.Attend || string.IsNullOrWhiteSpace(answer.Note) ? null : answer.Note.Trim(),
            AtUtc = now,
        });
        db.AddAudit(PersonalPage.Visitor, clock, PersonalPage.Visitor.UserId, AuditActions.InvitationPrefix + status, AuditLog.Jobseeker, invitation.JobseekerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return answer.Attend ? AnswerOutcome.Confirmed : AnswerOutcome.Declined;
    }
}
