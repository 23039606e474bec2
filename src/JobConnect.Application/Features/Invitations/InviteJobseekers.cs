using JobConnect.Application.Features.Audit;
using System.Security.Cryptography;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

public enum InviteOutcome
{
    Invited,
    /// <summary>The phase has no seat left.</summary>
    PhaseFull,
    /// <summary>The agency's quota for the phase is used up.</summary>
    QuotaFull,
    AlreadyInvited,
    /// <summary>No phase of the fair admits the person's target group.</summary>
    NoPhase,
    /// <summary>Not in the caller's caseload (or archived); says nothing about whether the person exists.</summary>
    NotFound,
    NoFair,
}

public sealed record InviteResult(int JobseekerId, InviteOutcome Outcome, int? InvitationId = null);

/// <summary>
/// A caseworker invites people of their own caseload into the current fair: into the chosen phase, or
/// (none chosen) into the earliest phase of their target group that still has seats. Every person is
/// one transaction: a full phase refuses that person only.
/// </summary>
public sealed class InviteJobseekers(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Letters and digits that cannot be mistaken for each other when read off paper.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<IReadOnlyList<InviteResult>> HandleAsync(UserScope scope, IReadOnlyCollection<int> jobseekerIds, CancellationToken ct = default) =>
        await HandleAsync(scope, jobseekerIds, phaseId: null, ct);

    /// <param name="phaseId">The phase to invite into; a phase of another target group answers <see cref="InviteOutcome.NoPhase"/>.</param>
    public async Task<IReadOnlyList<InviteResult>> HandleAsync(UserScope scope, IReadOnlyCollection<int> jobseekerIds, int? phaseId, CancellationToken ct = default)
    {
        scope.RequireCaseworker();

        var results = new List<InviteResult>(jobseekerIds.Count);
        foreach (var id in jobseekerIds.Distinct())
        {
            results.Add(await InviteAsync(scope, id, phaseId, ct));
        }
        return results;
    }

    private async Task<InviteResult> InviteAsync(UserScope scope, int jobseekerId, int? phaseId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return new InviteResult(jobseekerId, InviteOutcome.NoFair);
        }

        var person = await db.Jobseekers.AsNoTracking()
            .Where(j => j.Id == jobseekerId && j.AgencyId == scope.AgencyId && !j.Archived)
            .Select(j => new { j.Id, j.TargetGroup })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return new InviteResult(jobseekerId, InviteOutcome.NotFound);
        }
        var eligible = fair.PhasesFor(person.TargetGroup).Where(p => phaseId is null || p.Id == phaseId).ToList();
        var phase = eligible.FirstOrDefault(p => p.SeatsLeft > 0) ?? eligible.FirstOrDefault();
        if (phase is null)
        {
            return new InviteResult(jobseekerId, InviteOutcome.NoPhase);
        }

        var existing = await db.Invitations.SingleOrDefaultAsync(i => i.FairId == fair.Id && i.JobseekerId == person.Id, ct);
        if (existing is { HoldsSeat: true })
        {
            return new InviteResult(jobseekerId, InviteOutcome.AlreadyInvited, existing.Id);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.TryTakePhaseSeatAsync(phase.Id, ct))
        {
            return new InviteResult(jobseekerId, InviteOutcome.PhaseFull);
        }
        if (!await db.TryTakeQuotaSeatAsync(scope.AgencyId!.Value, phase.Id, ct))
        {
            return new InviteResult(jobseekerId, InviteOutcome.QuotaFull);
        }

        var invitation = existing ?? db.Invitations.Add(new Invitation
        {
            FairId = fair.Id,
            FairPhaseId = phase.Id,
            JobseekerId = person.Id,
            AgencyId = scope.AgencyId.Value,
            IssuedByUserId = scope.UserId,
            CheckInCode = NewCheckInCode(),
            CreatedUtc = now,
            History = [new InvitationStatusChange { Status = InvitationStatus.Planned, AtUtc = now, ByUserId = scope.UserId }],
        }).Entity;
        if (existing is not null)
        {
            // Guarded by the row's status: a parallel reopen of the same invitation fails the update.
            var reopened = await db.Invitations
                .Where(i => i.Id == existing.Id && (i.Status == InvitationStatus.Declined || i.Status == InvitationStatus.Cancelled))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Planned), ct);
            if (reopened == 0)
            {
                return new InviteResult(jobseekerId, InviteOutcome.AlreadyInvited, existing.Id);
            }
            existing.Reopen(phase.Id, scope.UserId, now);
        }

        await db.AddAuditAsync(scope, clock, AuditActions.InvitationPrefix + InvitationStatus.Planned, AuditLog.Jobseeker, person.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The unique index (fair, person) caught a parallel invitation of the same person; the rollback returns the seat.
            return new InviteResult(jobseekerId, InviteOutcome.AlreadyInvited);
        }
        await tx.CommitAsync(ct);
        return new InviteResult(jobseekerId, InviteOutcome.Invited, invitation.Id);
    }

    internal static string NewCheckInCode() => RandomNumberGenerator.GetString(CodeAlphabet, 8);
}
