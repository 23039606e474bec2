using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>Whether the person of a conversation is here.</summary>
public enum VisitState
{
    Expected = 1,
    Arrived = 2,
    NoShow = 3,
}

/// <summary>The employer's own booth on the fair day: each table's slots of a phase, and "now" by the fair clock.</summary>
public sealed record BoothLiveView(int EmployerId, int BoothId, string Employer, string BoothLabel, int PhaseId, string Phase, TimeOnly Now, bool IsFairDay, IReadOnlyList<BoothLiveTable> Tables);

/// <summary>A table with all slots of the phase; <see cref="Next"/> is the first conversation still to come.</summary>
public sealed record BoothLiveTable(int Number, IReadOnlyList<BoothLiveSlot> Slots)
{
    public BoothLiveSlot? Next { get; init; }
}

/// <summary>A slot of a table: a visit, or free.</summary>
public sealed record BoothLiveSlot(TimeOnly Start, TimeOnly End, BoothVisit? Visit);

/// <summary>
/// A conversation as the booth sees it: the name only with consent (otherwise the participant number),
/// the vacancy and the relevant skills; whether the person is here; the outcome once recorded.
/// </summary>
public sealed record BoothVisit(int ConversationId, string Participant, string? Name, string? Vacancy, IReadOnlyList<string> Skills, VisitState State,
    bool IsWalkIn, OutcomeKind? Outcome, DateOnly? AppointmentDate, TimeOnly? AppointmentTime);

/// <summary>
/// The booth's live view: the employer's own tables only (organizers may open any booth). Names follow
/// the consent rules of the booth schedule. Pages reload it when <see cref="FairDayChanges"/> reports a change.
/// </summary>
public sealed class BoothLive(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="phaseId">The phase to show; null picks the one running now (else the next, else the last).</param>
    /// <param name="audit">True on opening the page: the employer receives data about each person once per visit, not per refresh.</param>
    public async Task<BoothLiveView?> HandleAsync(UserScope scope, int employerId, int? phaseId = null, bool audit = false, CancellationToken ct = default)
    {
        if (!(scope.IsOrganizer || (scope.IsEmployer && scope.EmployerId == employerId)))
        {
            throw new NotFoundException($"Booth of employer {employerId} not found.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        var booth = fair is null ? null : await db.Booths.AsNoTracking().Include(b => b.Employer)
            .FirstOrDefaultAsync(b => b.FairId == fair.Id && b.EmployerId == employerId, ct);
        if (fair is null || booth is null)
        {
            return null;
        }
        var now = clock.FairNow();
        var time = TimeOnly.FromDateTime(now);
        var attended = fair.Phases.Where(p => booth.Phases.HasFlag(p.TargetGroup.ToSet())).OrderBy(p => p.Start).ToList();
        var fairPhase = (phaseId is { } id ? attended.FirstOrDefault(p => p.Id == id) : null)
            ?? attended.FirstOrDefault(p => p.End > time) ?? attended.LastOrDefault();
        if (fairPhase is null)
        {
            return null;
        }

        var rows = await db.Conversations.AsNoTracking()
            .Where(c => c.BoothId == booth.Id && c.Invitation!.FairPhaseId == fairPhase.Id)
            .Where(c => c.Invitation!.Status != InvitationStatus.Declined && c.Invitation.Status != InvitationStatus.Cancelled)
            .Where(c => !c.Invitation!.Jobseeker!.EmployerExclusions.Any(e => e.EmployerId == booth.EmployerId))
            .Select(c => new
            {
                c.Id, c.TableNumber, c.SlotStart, c.InvitationId, c.Invitation!.JobseekerId, c.Invitation.Status, c.Invitation.IsWalkIn,
                c.Invitation.Jobseeker!.FirstName, c.Invitation.Jobseeker.LastName, c.Invitation.Jobseeker.Skills,
                c.VacancyId,
                Consented = c.Invitation.Jobseeker.Consents.Any(x => x.Scope == ConsentScope.ShareProfileWithEmployers && x.WithdrawnUtc == null),
                OutcomeKind = c.Outcome == null ? (OutcomeKind?)null : c.Outcome.Kind,
                AppointmentDate = c.Outcome == null ? null : c.Outcome.AppointmentDate,
                AppointmentTime = c.Outcome == null ? null : c.Outcome.AppointmentTime,
            })
            .ToListAsync(ct);
        if (audit && rows.Count > 0)
        {
            await db.AddAuditForPeopleAsync(scope, clock, AuditActions.OnBoothSchedule, rows.Select(r => r.JobseekerId), ct);
            await db.SaveChangesAsync(ct);
        }
        var vacancyIds = rows.Where(r => r.VacancyId != null).Select(r => r.VacancyId!.Value).Distinct().ToList();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => (v.Title, Skills: v.Skills.Select(s => s.Name).ToList()), ct);
        var visits = rows.ToDictionary(r => (r.TableNumber, r.SlotStart), r =>
        {
            var vacancy = r.VacancyId is { } id && vacancies.TryGetValue(id, out var v) ? v : default;
            return new BoothVisit(r.Id, ParticipantNumber.Of(r.InvitationId), r.Consented ? $"{r.FirstName} {r.LastName}" : null, vacancy.Title,
            GetBoothSchedule.RelevantSkills(r.Skills, vacancy.Skills, r.Consented),
            r.Status switch { InvitationStatus.Arrived => VisitState.Arrived, InvitationStatus.NoShow => VisitState.NoShow, _ => VisitState.Expected },
            r.IsWalkIn, r.OutcomeKind, r.AppointmentDate, r.AppointmentTime);
        });
        var isFairDay = DateOnly.FromDateTime(now) == fair.Date;
        var tables = Enumerable.Range(1, booth.Tables).Select(n =>
        {
            var slots = fairPhase.SlotStarts()
                .Select(s => new BoothLiveSlot(s, s.AddMinutes(fairPhase.SlotMinutes), visits.GetValueOrDefault((n, s))))
                .ToList();
            return new BoothLiveTable(n, slots)
            {
                Next = slots.FirstOrDefault(s => s.Visit is { Outcome: null } && (!isFairDay || s.End > time)),
            };
        }).ToList();
        return new BoothLiveView(booth.EmployerId, booth.Id, booth.Employer!.Name, booth.Label, fairPhase.Id, fairPhase.Name, time, isFairDay, tables);
    }
}
