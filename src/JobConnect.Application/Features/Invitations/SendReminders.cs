using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

/// <summary>How a reminder run went; <see cref="DaysBefore"/> is the reminder that was due (null: none today).</summary>
public sealed record ReminderRun(int? DaysBefore, int Sent, int Failed);

/// <summary>
/// E-mail reminders before the fair, on the days the organizer set (<see cref="Domain.Fairs.Fair.ReminderDays"/>,
/// default a week and a day before): to invited or confirmed people with e-mail consent — nobody who
/// declined or was cancelled — with the arrival, the plan, the personal link and the plan as a calendar
/// file. Each reminder goes to a person once: it is claimed as a <see cref="LetterDispatch"/> (unique per
/// person and day count) before it is sent, so the hourly run and an organizer's click never both send it;
/// a message the server refuses gives its claim back for the next run.
/// </summary>
public sealed class SendReminders(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IMailSender mail, IAppAddress address,
    IPlanCalendar calendar)
{
    /// <summary>The hourly run acts as this organizer-like system user.</summary>
    public static readonly UserScope System = new(LetterDispatch.SystemIssuer, Roles.Organizer, null, null);

    public bool Enabled => mail.Enabled;

    /// <exception cref="MailServerException">The mail server cannot be reached; claims not yet sent are given back.</exception>
    public async Task<ReminderRun> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (!mail.Enabled || fair is null || DueReminder(fair, clock.FairToday()) is not { } daysBefore)
        {
            return new ReminderRun(null, 0, 0);
        }
        var people = await RecipientsAsync(db, fair.Id, daysBefore, ct);
        if (people.Count == 0)
        {
            return new ReminderRun(daysBefore, 0, 0);
        }
        var plans = await db.PlansOfAsync([.. people.Select(p => p.InvitationId)], ct);
        var batchId = Guid.NewGuid();
        int sent = 0, failed = 0;
        await using var connection = await mail.ConnectAsync(ct);
        foreach (var person in people)
        {
            var link = address.BaseAddress is { } baseAddress ? PersonalLinks.New(baseAddress, person.CheckInCode) : null;
            var claim = new LetterDispatch
            {
                InvitationId = person.InvitationId,
                Kind = LetterKind.Reminder,
                Channel = DispatchChannel.Email,
                IssuedUtc = clock.GetUtcNow().UtcDateTime,
                IssuedByUserId = scope.UserId,
                BatchId = batchId,
                StatusBefore = person.Status,
                ReminderDaysBefore = daysBefore,
                PageTokenHash = link?.Hash,
            };
            if (!await TryClaimAsync(db, claim, ct))
            {
                continue; // a parallel run has it
            }
            var plan = plans[person.InvitationId].ToList();
            if (await connection.SendAsync(Message(person, fair, daysBefore, plan, link), ct))
            {
                sent++;
                db.AddAudit(scope, clock, scope.UserId, AuditActions.Reminded, AuditLog.Jobseeker, person.JobseekerId);
                await db.SaveChangesAsync(ct);
            }
            else
            {
                failed++;
                db.LetterDispatches.Remove(claim);
                await db.SaveChangesAsync(ct);
            }
        }
        return new ReminderRun(daysBefore, sent, failed);
    }

    /// <summary>The reminder due today: the smallest day count whose day has come, while the fair is still ahead.</summary>
    public static int? DueReminder(Domain.Fairs.Fair fair, DateOnly today)
    {
        var daysLeft = fair.Date.DayNumber - today.DayNumber;
        var due = fair.ReminderDayCounts().Where(d => d >= daysLeft).ToList();
        return daysLeft <= 0 || due.Count == 0 ? null : due.Min();
    }

    private sealed record Recipient(int InvitationId, int JobseekerId, InvitationStatus Status, string CheckInCode, LetterRecipient Person,
        string Agency, string? AgencyPhone, string Phase, TimeOnly PhaseStart, TimeOnly PhaseEnd, int SlotMinutes, TimeOnly? ArrivalFrom, TimeOnly? ArrivalTo);

    private static async Task<List<Recipient>> RecipientsAsync(JobConnectDbContext db, int fairId, int daysBefore, CancellationToken ct) =>
        await db.Invitations.AsNoTracking()
            .Where(i => i.FairId == fairId && (i.Status == InvitationStatus.Invited || i.Status == InvitationStatus.Confirmed)
                        && i.Jobseeker!.Email != null && i.Jobseeker.Email != ""
                        && i.Jobseeker.Consents.Any(c => c.Scope == ConsentScope.EmailContact && c.WithdrawnUtc == null)
                        && !db.LetterDispatches.Any(d => d.InvitationId == i.Id && d.ReminderDaysBefore == daysBefore))
            .OrderBy(i => i.Id)
            .Select(i => new Recipient(i.Id, i.JobseekerId, i.Status, i.CheckInCode,
                new LetterRecipient(i.Jobseeker!.Salutation, i.Jobseeker.FirstName, i.Jobseeker.LastName, "", "", "", i.Jobseeker.TargetGroup, i.Jobseeker.Email,
                    i.Jobseeker.LetterLanguage, i.Jobseeker.EasyLanguage),
                db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Name).First(),
                db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Phone).First(),
                i.FairPhase!.Name, i.FairPhase.Start, i.FairPhase.End, i.FairPhase.SlotMinutes, i.ArrivalFrom, i.ArrivalTo))
            .ToListAsync(ct);

    /// <summary>Writes the claim on its own; false when the unique index says this reminder is already taken.</summary>
    private static async Task<bool> TryClaimAsync(JobConnectDbContext db, LetterDispatch claim, CancellationToken ct)
    {
        db.LetterDispatches.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The reminder in the person's letter language (<see cref="PersonalMail"/>), with the day as a calendar file in that language.</summary>
    private MailMessage Message(Recipient r, Domain.Fairs.Fair fair, int daysBefore, List<PlannedConversation> plan, PersonalLink? link)
    {
        var young = r.Person.TargetGroup == TargetGroup.SchoolLeaver;
        var text = PersonalMail.Reminder(r.Person, new ReminderFacts(fair.Name, fair.Date, fair.Venue, fair.VenueAddress, daysBefore, r.CheckInCode,
            r.PhaseStart, r.ArrivalFrom, r.ArrivalTo, plan, link, r.Agency, r.AgencyPhone));
        var ics = calendar.Write(new PlanCalendar($"invitation-{r.InvitationId}", 0, fair.Name, fair.Date, fair.Venue, fair.VenueAddress,
            r.ArrivalFrom ?? r.PhaseStart, r.PhaseEnd, r.SlotMinutes, plan, young, r.Person.Language, r.Person.EasyLanguage));
        return new MailMessage(r.Person.FullName, r.Person.Email!, text.Subject, text.Body, [ics]);
    }
}
