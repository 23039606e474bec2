using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>Art. 17 GDPR: erases a person with their consents, exclusions, invitations and conversations.</summary>
public sealed class EraseJobseeker(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task HandleAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.WritableBy(scope).AnyAsync(j => j.Id == id, ct))
        {
            throw new NotFoundException($"{AuditLog.Jobseeker} not found.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Conversations.Where(c => c.Invitation!.JobseekerId == id).ExecuteDeleteAsync(ct);
        await db.Invitations.Where(i => i.JobseekerId == id).ExecuteDeleteAsync(ct);
        await db.Consents.Where(c => c.JobseekerId == id).ExecuteDeleteAsync(ct);
        await db.EmployerExclusions.Where(e => e.JobseekerId == id).ExecuteDeleteAsync(ct);
        await db.Jobseekers.Where(j => j.Id == id).ExecuteDeleteAsync(ct);
        // The log keeps that an erasure happened (id only), never what was erased.
        await db.AddAuditAsync(scope, clock, AuditActions.Erased, AuditLog.Jobseeker, id, ct);
        db.MatchingInputsChanged();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
