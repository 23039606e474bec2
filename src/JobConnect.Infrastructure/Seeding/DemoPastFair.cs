using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Feedback;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Reports;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// The demo's history, so the reports mean something on first start: an autumn fair nine weeks ago with
/// check-ins, outcomes at the tables, follow-ups (the 2- and 6-week ones mostly done, some overdue, the
/// 12-week ones ahead) and company feedback; and the fair of the year before, already anonymized, of which
/// only its anonymous statistics remain. Deterministic, like the rest of the demo.
/// </summary>
internal static class DemoPastFair
{
    private const string DemoUser = "demo";

    /// <summary>Saves both past fairs next to the saved demo fair (whose employers, vacancies and people have ids by now).</summary>
    public static async Task SaveAsync(JobConnectDbContext db, DemoFair demo, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var random = new Random(DemoFairData.Seed + 14);
        var date = today.AddDays(-63);
        date = date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));

        var fair = new Fair
        {
            Name = $"job-connect Kassel Herbst {date.Year}",
            Date = date,
            Venue = demo.Fair.Venue,
            VenueAddress = demo.Fair.VenueAddress,
            RetentionDays = 180,
        };
        foreach (var phase in demo.Fair.Phases)
        {
            fair.Phases.Add(new FairPhase
            {
                Name = phase.Name, TargetGroup = phase.TargetGroup, Start = phase.Start, End = phase.End, SlotMinutes = phase.SlotMinutes,
                SeatCapacity = phase.SeatCapacity, ConversationsPerPerson = phase.ConversationsPerPerson, MinimumScore = phase.MinimumScore,
                EntranceCapacityPerWave = phase.EntranceCapacityPerWave, Breaks = [.. phase.Breaks.Select(b => new PhaseBreak { Start = b.Start, End = b.End })],
            });
        }
        foreach (var booth in demo.Fair.Booths)
        {
            fair.Booths.Add(new Booth { EmployerId = booth.EmployerId, Label = booth.Label, Tables = booth.Tables, Phases = booth.Phases });
        }
        db.Fairs.Add(fair);
        await db.SaveChangesAsync(ct);

        var vacancies = demo.Vacancies.Select(v => new Vacancy
        {
            FairId = fair.Id, EmployerId = v.EmployerId, Kind = v.Kind, Title = v.Title, KldbCode = v.KldbCode, Openings = v.Openings,
            Postcode = v.Postcode, WorkingTime = v.WorkingTime, StartDate = v.StartDate.AddYears(-1), Phases = v.Phases,
            GermanLevel = v.GermanLevel, DrivingLicenceRequired = v.DrivingLicenceRequired, MinimumSchoolCertificate = v.MinimumSchoolCertificate,
            Status = VacancyStatus.Filled, CreatedUtc = nowUtc.AddDays(-120), UpdatedUtc = nowUtc.AddDays(-63),
        }).ToList();
        db.Vacancies.AddRange(vacancies);
        await db.SaveChangesAsync(ct);

        var invitations = Invite(fair, demo, date, random);
        db.Invitations.AddRange(invitations);
        foreach (var phase in fair.Phases)
        {
            phase.SeatsTaken = invitations.Count(i => i.FairPhaseId == phase.Id && i.HoldsSeat);
        }
        await db.SaveChangesAsync(ct);

        var conversations = Talk(fair, invitations, vacancies, demo, date, random);
        db.Conversations.AddRange(conversations);
        await db.SaveChangesAsync(ct);

        db.FollowUpTasks.AddRange(FollowUps(invitations, conversations, fair.Booths, date, today, random));
        db.EmployerFeedback.AddRange(Feedback(fair, demo, date, random));
        await SaveAnonymizedYearBeforeAsync(db, demo, fair, date.AddYears(-1), nowUtc, random, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>About 150 adults and 50 school leavers of the demo caseload, each invitation ended as on the day.</summary>
    private static List<Invitation> Invite(Fair fair, DemoFair demo, DateOnly date, Random random)
    {
        var list = new List<Invitation>();
        foreach (var (group, count) in new[] { (TargetGroup.Adult, 150), (TargetGroup.SchoolLeaver, 50) })
        {
            var phase = fair.Phases.First(p => p.TargetGroup == group);
            var people = demo.Jobseekers.Select(j => j.Jobseeker).Where(j => j.TargetGroup == group).OrderBy(_ => random.Next()).Take(count);
            foreach (var person in people)
            {
                var roll = random.Next(100);
                var status = roll switch
                {
                    < 66 => InvitationStatus.Arrived,
                    < 80 => InvitationStatus.NoShow,
                    < 86 => InvitationStatus.Excused,
                    _ => InvitationStatus.Declined,
                };
                var sent = FairClockUtc(date.AddDays(-30), new TimeOnly(10, 0));
                var history = new List<InvitationStatusChange>
                {
                    new() { Status = InvitationStatus.Planned, AtUtc = sent.AddDays(-2), ByUserId = DemoUser },
                    new() { Status = InvitationStatus.Invited, AtUtc = sent, ByUserId = DemoUser },
                };
                if (status != InvitationStatus.Declined && random.Next(10) < 7)
                {
                    history.Add(new() { Status = InvitationStatus.Confirmed, AtUtc = sent.AddDays(random.Next(2, 20)), ByUserId = DemoUser });
                }
                var arrived = status == InvitationStatus.Arrived ? FairClockUtc(date, phase.Start.AddMinutes(random.Next(-20, 90))) : (DateTime?)null;
                history.Add(new() { Status = status, AtUtc = arrived ?? FairClockUtc(date, phase.End), ByUserId = DemoUser, Note = status == InvitationStatus.Excused ? "Krankmeldung" : null });
                list.Add(new Invitation
                {
                    FairId = fair.Id, FairPhaseId = phase.Id, JobseekerId = person.Id, AgencyId = person.AgencyId, IssuedByUserId = DemoUser,
                    CheckInCode = $"H{list.Count + 1:D5}", Status = status, ArrivedUtc = arrived, CheckedInByUserId = arrived is null ? null : DemoUser,
                    CheckInDesk = arrived is null ? null : "Eingang", CreatedUtc = sent.AddDays(-2), History = history,
                });
            }
        }
        return list;
    }

    /// <summary>Two or three conversations per person who held a seat, at booths offering the phase; outcomes recorded for those who came.</summary>
    private static List<Conversation> Talk(Fair fair, List<Invitation> invitations, List<Vacancy> vacancies, DemoFair demo, DateOnly date, Random random)
    {
        var taken = new HashSet<(int Booth, int Table, TimeOnly Slot)>();
        var list = new List<Conversation>();
        foreach (var invitation in invitations.Where(i => i.Status is InvitationStatus.Arrived or InvitationStatus.NoShow))
        {
            var phase = fair.Phases.First(p => p.Id == invitation.FairPhaseId);
            var kind = phase.TargetGroup == TargetGroup.Adult ? VacancyKind.Job : VacancyKind.Apprenticeship;
            var slots = phase.SlotStarts();
            var mySlots = new HashSet<TimeOnly>();
            foreach (var vacancy in vacancies.Where(v => v.Kind == kind).OrderBy(_ => random.Next()).DistinctBy(v => v.EmployerId).Take(random.Next(2, 4)))
            {
                var booth = fair.Booths.First(b => b.EmployerId == vacancy.EmployerId);
                var place = slots.Where(s => !mySlots.Contains(s))
                    .SelectMany(s => Enumerable.Range(1, booth.Tables).Select(t => (Slot: s, Table: t)))
                    .FirstOrDefault(p => !taken.Contains((booth.Id, p.Table, p.Slot)));
                if (place == default)
                {
                    continue;
                }
                taken.Add((booth.Id, place.Table, place.Slot));
                mySlots.Add(place.Slot);
                list.Add(new Conversation
                {
                    InvitationId = invitation.Id, BoothId = booth.Id, TableNumber = place.Table, SlotStart = place.Slot, VacancyId = vacancy.Id,
                    Score = random.Next(55, 96),
                    Outcome = Outcome(invitation.Status == InvitationStatus.Arrived, demo.Employers.First(e => e.Id == vacancy.EmployerId), date, place.Slot, random),
                });
            }
        }
        return list;
    }

    private static ConversationOutcome Outcome(bool came, Domain.Employers.Employer employer, DateOnly date, TimeOnly slot, Random random)
    {
        var at = FairClockUtc(date, slot.AddMinutes(14));
        if (!came)
        {
            return new ConversationOutcome { Kind = OutcomeKind.NoShow, RecordedUtc = at, RecordedByUserId = DemoUser };
        }
        var kind = random.Next(100) switch
        {
            < 30 => OutcomeKind.InterviewAppointment,
            < 44 => OutcomeKind.SendDocuments,
            < 52 => OutcomeKind.NextStep,
            < 56 => OutcomeKind.Hired,
            < 62 => OutcomeKind.NoteOnly,
            _ => OutcomeKind.NotSuitable,
        };
        var interview = kind == OutcomeKind.InterviewAppointment;
        var contact = employer.ContactPersons.FirstOrDefault();
        return new ConversationOutcome
        {
            Kind = kind,
            AppointmentDate = interview ? date.AddDays(random.Next(5, 20)) : null,
            AppointmentTime = interview ? new TimeOnly(random.Next(8, 15), random.Next(2) * 30) : null,
            AppointmentPlace = interview ? $"{employer.Street}, {employer.Postcode} {employer.City}" : null,
            AppointmentContact = interview && contact is not null ? $"{contact.Name}, {contact.Phone}" : null,
            RecordedUtc = at,
            RecordedByUserId = DemoUser,
        };
    }

    /// <summary>Tasks at 2, 6 and 12 weeks for every client with a positive outcome; four in five of the due ones answered.</summary>
    private static List<FollowUpTask> FollowUps(List<Invitation> invitations, List<Conversation> conversations, List<Booth> booths, DateOnly date, DateOnly today, Random random)
    {
        OutcomeKind[] positive = [OutcomeKind.InterviewAppointment, OutcomeKind.NextStep, OutcomeKind.SendDocuments, OutcomeKind.Hired];
        var list = new List<FollowUpTask>();
        foreach (var invitation in invitations)
        {
            var good = conversations.Where(c => c.InvitationId == invitation.Id && c.Outcome is { } o && positive.Contains(o.Kind)).ToList();
            if (good.Count == 0)
            {
                continue;
            }
            var employerId = booths.First(b => b.Id == good[0].BoothId).EmployerId;
            var hiredOnTheSpot = good.Any(c => c.Outcome!.Kind == OutcomeKind.Hired);
            var contract = hiredOnTheSpot || random.Next(100) < 28
                ? (invitation.FairPhaseId == invitations.First().FairPhaseId ? ContractKind.Job : ContractKind.Apprenticeship)
                : ContractKind.None;
            foreach (var weeks in FollowUpTask.Milestones)
            {
                var task = new FollowUpTask
                {
                    FairId = invitation.FairId, InvitationId = invitation.Id, AgencyId = invitation.AgencyId, WeeksAfterFair = weeks, DueOn = date.AddDays(7 * weeks),
                };
                if (task.DueOn < today && random.Next(5) > 0)
                {
                    // The contract shows from the six-week check; the interview has mostly taken place by the first.
                    var signed = weeks >= 6 ? contract : ContractKind.None;
                    var held = hiredOnTheSpot || signed != ContractKind.None || random.Next(10) < 7 ? InterviewHeld.Yes : weeks == 2 ? InterviewHeld.NotYet : InterviewHeld.No;
                    task.Complete(held, signed, signed == ContractKind.None ? null : employerId, signed == ContractKind.None ? null : date.AddMonths(2).AddDays(1 - date.AddMonths(2).Day),
                        null, DemoUser, FairClockUtc(task.DueOn.AddDays(random.Next(0, 4)), new TimeOnly(11, 0)));
                }
                list.Add(task);
            }
        }
        return list;
    }

    private static IEnumerable<EmployerFeedback> Feedback(Fair fair, DemoFair demo, DateOnly date, Random random)
    {
        string[] wishes =
        [
            "Mehr Zeit pro Gespräch, 20 statt 15 Minuten.",
            "Gern wieder – die Vorauswahl passte gut.",
            "Ein Raum für vertrauliche Gespräche wäre hilfreich.",
            "Mehr Bewerberinnen und Bewerber mit Führerschein.",
            "Die Liste der Gesprächspartner eine Woche vorher per E-Mail.",
        ];
        return demo.Employers.Where((_, i) => i % 5 != 4).Take(11).Select((e, i) => new EmployerFeedback
        {
            FairId = fair.Id, EmployerId = e.Id, Satisfaction = random.Next(3, 6), Hires = random.Next(0, 3), Apprenticeships = random.Next(0, 2),
            Wishes = i < wishes.Length ? wishes[i] : null, SubmittedUtc = FairClockUtc(date.AddDays(random.Next(3, 14)), new TimeOnly(9, 30)), SubmittedByUserId = DemoUser,
        });
    }

    /// <summary>Last year's fair after its retention period: no people any more, only its frozen anonymous statistics.</summary>
    private static async Task SaveAnonymizedYearBeforeAsync(JobConnectDbContext db, DemoFair demo, Fair template, DateOnly date, DateTime nowUtc, Random random, CancellationToken ct)
    {
        var fair = new Fair { Name = $"job-connect Kassel Herbst {date.Year}", Date = date, Venue = template.Venue, VenueAddress = template.VenueAddress, RetentionDays = 180 };
        fair.Phases.AddRange(template.Phases.Select(p => new FairPhase { Name = p.Name, TargetGroup = p.TargetGroup, Start = p.Start, End = p.End, SeatCapacity = p.SeatCapacity }));
        db.Fairs.Add(fair);
        await db.SaveChangesAsync(ct);
        var employers = demo.Employers.Take(14).ToList();
        for (var n = 0; n < 180; n++)
        {
            var phase = template.Phases.OrderBy(p => p.Start).ElementAt(n < 135 ? 0 : template.Phases.Count - 1);
            var agency = demo.Agencies[random.Next(demo.Agencies.Count)];
            var arrived = random.Next(100) < 60;
            var talks = arrived
                ? employers.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(e => new FunnelTalk
                {
                    EmployerId = e.Id, EmployerName = e.Name, Held = true, InterviewAgreed = random.Next(100) < 25,
                }).ToList()
                : [];
            var interview = talks.FirstOrDefault(t => t.InterviewAgreed);
            var contract = interview is not null && random.Next(100) < 35 ? (phase.TargetGroup == TargetGroup.Adult ? ContractKind.Job : ContractKind.Apprenticeship) : ContractKind.None;
            db.FunnelRecords.Add(new FunnelRecord
            {
                FairId = fair.Id, PhaseName = phase.Name, AgencyId = agency.Id, AgencyName = agency.Name, Invited = true, Confirmed = random.Next(100) < 75,
                Arrived = arrived, InterviewHeld = interview is not null && random.Next(100) < 80, Contract = contract,
                ContractEmployerId = contract == ContractKind.None ? null : interview!.EmployerId, Talks = talks,
            });
        }
        db.FrozenStatistics.Add(new FrozenStatistics { FairId = fair.Id, FrozenUtc = nowUtc.AddDays(-120), ArrivalsRecorded = true, OutcomesRecorded = true, FollowUpsRecorded = true });
    }

    private static DateTime FairClockUtc(DateOnly day, TimeOnly time) => Application.Common.FairClock.FromFairTime(day.ToDateTime(time));
}
