using JobConnect.Application.Common;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// After a fair's retention period, the personal data of the people invited to it is anonymized:
/// first the fair's anonymous statistics are frozen (<see cref="Reports.FreezeStatistics"/>), so its
/// reports stay as they were; invitations and conversation outcomes stay, names, contacts and the
/// caseworkers' follow-up tasks go. People still invited to a fair within its period are left alone.
/// </summary>
public sealed class ApplyRetention(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.FairToday();
        var fairs = await db.Fairs.AsNoTracking().Select(f => new { f.Id, f.Date, f.RetentionDays }).ToListAsync(ct);
        var expired = fairs.Where(f => f.Date.AddDays(f.RetentionDays) < today).Select(f => f.Id).ToList();
        var live = fairs.Select(f => f.Id).Except(expired).ToList();
        if (expired.Count == 0)
        {
            return 0;
        }

        var people = await db.Jobseekers
            .Where(j => !j.ReferenceNumber.StartsWith(AnonymousPrefix))
            .Where(j => db.Invitations.Any(i => i.JobseekerId == j.Id && expired.Contains(i.FairId)))
            .Where(j => !db.Invitations.Any(i => i.JobseekerId == j.Id && live.Contains(i.FairId)))
            .Include(j => j.Consents).Include(j => j.EmployerExclusions)
            .ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var fairId in expired)
        {
            await Reports.FreezeStatistics.FreezeAsync(db, fairId, now, ct);
        }
        await db.SaveChangesAsync(ct);
        // Follow-ups name a person's interview and contract; the frozen statistics keep what they counted.
        await db.FollowUpTasks.Where(t => expired.Contains(t.FairId)).ExecuteDeleteAsync(ct);
        foreach (var j in people)
        {
            Anonymize(j);
            await db.AddAuditAsync(scope, clock, AuditActions.Anonymized, AuditLog.Jobseeker, j.Id, ct);
        }
        var ids = people.Select(p => p.Id).ToList();
        // Free-text notes on outcomes may name the person; the outcome kind and dates are the statistics.
        var notes = await db.Conversations.Where(c => ids.Contains(c.Invitation!.JobseekerId) && c.Outcome != null).ToListAsync(ct);
        foreach (var conversation in notes)
        {
            conversation.Outcome!.Note = null;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return people.Count;
    }

    public const string AnonymousPrefix = "ANON-";

    /// <summary>Keeps agency, target group and occupations (for anonymous statistics); drops whatever identifies the person.</summary>
    private static void Anonymize(Domain.Jobseekers.Jobseeker j)
    {
        j.ReferenceNumber = $"{AnonymousPrefix}{j.Id}";
        j.CaseworkerId = null;
        j.FirstName = "-";
        j.LastName = "-";
        j.Email = null;
        j.Phone = null;
        j.Street = "";
        j.City = "";
        j.Postcode = j.Postcode.Length >= 2 ? j.Postcode[..2] + "000" : "00000";
        j.DateOfBirth = null;
        j.Nationality = null;
        j.Skills = [];
        j.Languages = [];
        j.InterpreterLanguage = null;
        j.NeedsAccessibility = false;
        j.LetterLanguage = LetterLanguage.German;
        j.EasyLanguage = false;
        j.Archived = true;
        j.Consents.Clear();
        j.EmployerExclusions.Clear();
    }
}
