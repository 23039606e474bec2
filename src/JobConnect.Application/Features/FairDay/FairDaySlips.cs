using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>
/// The small plan slip the desk prints for a person: today's conversations with times and booths, in the person's letter language.
/// <see cref="PhaseStart"/> lets a translated slip say "in the morning" or "in the evening" where a German phase name would not do.
/// </summary>
public sealed record PlanSlip(string FairName, DateOnly FairDate, string Venue, string Name, string CheckInCode, string Phase,
    IReadOnlyList<PlannedConversation> Plan, LetterLanguage Language = LetterLanguage.German, bool EasyLanguage = false, TimeOnly? PhaseStart = null) : IPrintable;

/// <summary>
/// The appointment slip the candidate takes home from the booth, in the candidate's letter language. Without consent
/// the employer does not know the name: the slip then carries the participant number and a line to write the name on.
/// </summary>
public sealed record AppointmentSlip(string FairName, DateOnly FairDate, string Employer, string BoothLabel, string Participant, string? Name,
    string? Vacancy, DateOnly Date, TimeOnly Time, string Place, string Contact, string? Note,
    LetterLanguage Language = LetterLanguage.German, bool EasyLanguage = false) : IPrintable;

/// <summary>The fair-day slips as PDF through the document port: the desk's plan slip and the booth's appointment slip.</summary>
public sealed class FairDaySlips(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IDocumentRenderer renderer)
{
    /// <summary>
    /// Desk staff: the person's current plan (after any change on the day). Handing it over counts as the
    /// person having received this plan version, so nobody posts them a change notice for it afterwards.
    /// </summary>
    public async Task<FileContent> PlanSlipAsync(UserScope scope, int invitationId, CancellationToken ct = default)
    {
        scope.RequireCheckIn();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var person = (await db.DeskPeopleAsync(db.AtTheDesk(scope, fair.Id).Where(i => i.Id == invitationId), ct)).SingleOrDefault()
            ?? throw new NotFoundException($"Invitation {invitationId} not found.");
        // The person was found in the desk's scope above; their letter language decides the slip's.
        var language = await db.Invitations.Where(i => i.Id == person.InvitationId)
            .Select(i => new { i.Jobseeker!.LetterLanguage, i.Jobseeker.EasyLanguage }).SingleAsync(ct);
        var slip = new PlanSlip(fair.Name, fair.Date, fair.Venue, person.FullName, person.CheckInCode, person.Phase, person.Plan,
            language.LetterLanguage, language.EasyLanguage, fair.Phases.FirstOrDefault(p => p.Name == person.Phase)?.Start);
        await db.Invitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.PlanVersionSent, i => i.PlanVersion), ct);
        return new FileContent($"plan-{person.CheckInCode}.pdf", FileContent.Pdf, renderer.Render(new PrintDocument("Gesprächsplan", [slip])));
    }

    /// <summary>The employer's own conversation with an agreed interview appointment; anything else answers "not found".</summary>
    public async Task<FileContent> AppointmentSlipAsync(UserScope scope, int conversationId, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer)
        {
            scope.RequireEmployer();
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var row = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId && c.Booth!.FairId == fair.Id && (scope.IsOrganizer || c.Booth.EmployerId == scope.EmployerId))
            .Where(c => c.Outcome != null && c.Outcome.Kind == OutcomeKind.InterviewAppointment)
            .Select(c => new
            {
                c.InvitationId, Employer = c.Booth!.Employer!.Name, c.Booth.Label, c.Outcome,
                Vacancy = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(),
                c.Invitation!.Jobseeker!.FirstName, c.Invitation.Jobseeker.LastName, c.Invitation.Jobseeker.LetterLanguage, c.Invitation.Jobseeker.EasyLanguage,
                Consented = c.Invitation.Jobseeker.Consents.Any(x => x.Scope == ConsentScope.ShareProfileWithEmployers && x.WithdrawnUtc == null),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException($"No appointment for conversation {conversationId}.");
        var outcome = row.Outcome!;
        var slip = new AppointmentSlip(fair.Name, fair.Date, row.Employer, row.Label, ParticipantNumber.Of(row.InvitationId),
            row.Consented ? $"{row.FirstName} {row.LastName}" : null, row.Vacancy, outcome.AppointmentDate!.Value, outcome.AppointmentTime!.Value,
            outcome.AppointmentPlace ?? "", outcome.AppointmentContact ?? "", outcome.Note, row.LetterLanguage, row.EasyLanguage);
        return new FileContent($"vorstellungstermin-{ParticipantNumber.Of(row.InvitationId)}.pdf", FileContent.Pdf,
            renderer.Render(new PrintDocument("Vorstellungstermin", [slip])));
    }
}
