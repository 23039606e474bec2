using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Schedule;

public sealed record BoothSchedule(string EmployerName, string BoothLabel, IReadOnlyList<BoothConversation> Conversations);

/// <summary>
/// One conversation as the employer sees it. <see cref="Name"/> is set only when the person consented
/// to share their profile with the fair's employers; otherwise the employer sees the reference, the
/// vacancy and the skills — never contact details before the fair.
/// </summary>
public sealed record BoothConversation(
    PhaseKind Phase, TimeOnly Start, int Table, string Reference, string? Name, string? Vacancy, int Score, IReadOnlyList<string> Skills);

/// <summary>An employer's own booth schedule for the current fair; organizers may open any employer's.</summary>
public sealed class GetBoothSchedule(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<BoothSchedule?> HandleAsync(UserScope scope, int employerId, CancellationToken ct = default)
    {
        if (!(scope.IsOrganizer || (scope.IsEmployer && scope.EmployerId == employerId)))
        {
            throw new AccessDeniedException("An employer sees only its own booth.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        var booth = fair is null ? null : await db.Booths.AsNoTracking().Include(b => b.Employer)
            .SingleOrDefaultAsync(b => b.FairId == fair.Id && b.EmployerId == employerId, ct);
        if (booth is null)
        {
            return null;
        }

        var rows = await db.Conversations.AsNoTracking()
            .Where(c => c.BoothId == booth.Id)
            .Select(c => new
            {
                c.Invitation!.FairPhase!.Kind,
                c.SlotStart,
                c.TableNumber,
                c.Score,
                c.Invitation.Jobseeker!.ReferenceNumber,
                c.Invitation.Jobseeker.FirstName,
                c.Invitation.Jobseeker.LastName,
                c.Invitation.Jobseeker.Skills,
                Consented = c.Invitation.Jobseeker.Consents.Any(x => x.Scope == ConsentScope.ShareProfileWithEmployers && x.WithdrawnUtc == null),
                Vacancy = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new BoothSchedule(booth.Employer!.Name, booth.Label, rows
            .OrderBy(r => r.Kind).ThenBy(r => r.SlotStart).ThenBy(r => r.TableNumber)
            .Select(r => new BoothConversation(r.Kind, r.SlotStart, r.TableNumber, r.ReferenceNumber,
                r.Consented ? $"{r.FirstName} {r.LastName}" : null, r.Vacancy, r.Score, r.Skills))
            .ToList());
    }
}
