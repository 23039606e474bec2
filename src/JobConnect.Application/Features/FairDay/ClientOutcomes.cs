using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>One recorded outcome of a client's conversation, as their caseworker reads it.</summary>
public sealed record ClientOutcome(int JobseekerId, string Name, string ReferenceNumber, string Employer, string? Vacancy, TimeOnly Slot,
    OutcomeKind Kind, DateOnly? AppointmentDate, TimeOnly? AppointmentTime, string? AppointmentPlace, string? AppointmentContact, string? Note,
    DateTime RecordedAt);

/// <summary>
/// The caseworker's list of what came of their own agency's clients' conversations at the current fair
/// (organizers see all): interview appointments first, then by name. Scoped through <see cref="InvitationScope"/>.
/// </summary>
public sealed class ClientOutcomes(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClientOutcome>> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireInvitationAccess();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return [];
        }
        var mine = db.InvitationsVisibleTo(scope).Where(i => i.FairId == fair.Id).Select(i => i.Id);
        var rows = await db.Conversations.AsNoTracking()
            .Where(c => mine.Contains(c.InvitationId) && c.Outcome != null)
            .Select(c => new
            {
                c.Invitation!.JobseekerId, c.Invitation.Jobseeker!.FirstName, c.Invitation.Jobseeker.LastName, c.Invitation.Jobseeker.ReferenceNumber,
                Employer = c.Booth!.Employer!.Name, Vacancy = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(),
                c.SlotStart, c.Outcome,
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new ClientOutcome(r.JobseekerId, $"{r.FirstName} {r.LastName}", r.ReferenceNumber, r.Employer, r.Vacancy, r.SlotStart,
                r.Outcome!.Kind, r.Outcome.AppointmentDate, r.Outcome.AppointmentTime, r.Outcome.AppointmentPlace, r.Outcome.AppointmentContact,
                r.Outcome.Note, r.Outcome.RecordedUtc.ToFairTime()))
            .OrderBy(o => o.Kind != OutcomeKind.InterviewAppointment).ThenBy(o => o.Name, StringComparer.CurrentCulture).ThenBy(o => o.Slot)];
    }
}
