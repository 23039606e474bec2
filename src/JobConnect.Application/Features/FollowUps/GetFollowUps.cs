using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FollowUps;

/// <summary>A company a client talked to, for the contract's "with whom".</summary>
public sealed record FollowUpEmployer(int Id, string Name);

/// <summary>What a company recorded for a client at the fair: an interview appointment, a next step (e.g. documents requested), a hire.</summary>
public sealed record FollowUpOutcome(int InvitationId, string ReferenceNumber, string Name, string FairName, string Employer, string? Vacancy,
    OutcomeKind Kind, DateOnly? AppointmentDate, TimeOnly? AppointmentTime, string? AppointmentPlace, string? AppointmentContact, string? Note);

/// <summary>One follow-up task of a client, with what is known about them to answer it.</summary>
public sealed record FollowUpItem(
    int Id, string ReferenceNumber, string Name, string FairName, int WeeksAfterFair, DateOnly DueOn, bool Overdue,
    IReadOnlyList<FollowUpEmployer> Employers, string OutcomeSummary,
    bool Done, InterviewHeld InterviewHeld, ContractKind Contract, int? ContractEmployerId, DateOnly? ContractStart, string? Note);

public sealed record FollowUpWorkList(IReadOnlyList<FollowUpOutcome> Outcomes, IReadOnlyList<FollowUpItem> Tasks);

/// <summary>
/// A caseworker's work after the fair: the outcomes the companies recorded for the agency's clients,
/// and the follow-up tasks at 2, 6 and 12 weeks (created here when missing), due first. Own agency only.
/// </summary>
public sealed class GetFollowUps(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<FollowUpWorkList> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        var agencyId = scope.AgencyId!.Value;
        var today = clock.FairToday();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await FollowUpPlanner.EnsureAsync(db, agencyId, today, ct);

        var outcomes = await db.Conversations.AsNoTracking()
            .Where(c => c.Invitation!.AgencyId == agencyId && c.Outcome != null && FollowUpPlanner.Positive.Contains(c.Outcome.Kind))
            .Where(c => !db.FrozenStatistics.Any(s => s.FairId == c.Invitation!.FairId))
            .Select(c => new
            {
                c.InvitationId,
                c.Invitation!.Jobseeker!.ReferenceNumber,
                c.Invitation.Jobseeker.LastName,
                c.Invitation.Jobseeker.FirstName,
                FairName = db.Fairs.Where(f => f.Id == c.Invitation.FairId).Select(f => f.Name).First(),
                FairDate = db.Fairs.Where(f => f.Id == c.Invitation.FairId).Select(f => f.Date).First(),
                c.Booth!.EmployerId,
                Employer = c.Booth.Employer!.Name,
                Vacancy = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(),
                c.Outcome!.Kind,
                c.Outcome.AppointmentDate,
                c.Outcome.AppointmentTime,
                c.Outcome.AppointmentPlace,
                c.Outcome.AppointmentContact,
                c.Outcome.Note,
            })
            .ToListAsync(ct);
        var byInvitation = outcomes.ToLookup(o => o.InvitationId);

        var tasks = await db.FollowUpTasks.AsNoTracking()
            .Where(t => t.AgencyId == agencyId)
            .Join(db.Invitations, t => t.InvitationId, i => i.Id, (t, i) => new { Task = t, i.Jobseeker!.ReferenceNumber, i.Jobseeker.LastName, i.Jobseeker.FirstName })
            .ToListAsync(ct);
        var items = tasks
            .Select(t =>
            {
                var mine = byInvitation[t.Task.InvitationId].ToList();
                return new FollowUpItem(
                    t.Task.Id, t.ReferenceNumber, $"{t.LastName}, {t.FirstName}", mine.FirstOrDefault()?.FairName ?? "", t.Task.WeeksAfterFair, t.Task.DueOn,
                    !t.Task.IsDone && t.Task.DueOn < today,
                    [.. mine.Select(o => new FollowUpEmployer(o.EmployerId, o.Employer)).DistinctBy(e => e.Id)],
                    string.Join("; ", mine.Select(o => o.AppointmentDate is { } day ? $"{o.Employer}: {day:dd.MM.yyyy} {o.AppointmentTime:HH\\:mm}".TrimEnd() : o.Employer)),
                    t.Task.IsDone, t.Task.InterviewHeld, t.Task.Contract, t.Task.ContractEmployerId, t.Task.ContractStart, t.Task.Note);
            })
            .OrderBy(i => i.Done).ThenBy(i => i.DueOn).ThenBy(i => i.Name, StringComparer.CurrentCulture)
            .ToList();
        var list = outcomes
            .OrderByDescending(o => o.FairDate).ThenBy(o => o.AppointmentDate ?? DateOnly.MaxValue).ThenBy(o => o.AppointmentTime).ThenBy(o => o.LastName, StringComparer.CurrentCulture)
            .Select(o => new FollowUpOutcome(o.InvitationId, o.ReferenceNumber, $"{o.LastName}, {o.FirstName}", o.FairName, o.Employer, o.Vacancy,
                o.Kind, o.AppointmentDate, o.AppointmentTime, o.AppointmentPlace, o.AppointmentContact, o.Note))
            .ToList();
        return new FollowUpWorkList(list, items);
    }
}
