using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;

namespace JobConnect.Infrastructure.Calendar;

/// <summary>
/// The personal plan as an .ics file (Ical.Net): one entry for the visit and one per conversation, in
/// Kassel's time zone with its VTIMEZONE, so a phone abroad or in another zone shows the right hour.
/// The wording is the letter's: standard German (informal for school leavers), or the person's letter language
/// (<see cref="LetterTexts"/>); company names, job titles and the venue stay as written.
/// </summary>
public sealed class IcalPlanCalendar(TimeProvider clock) : IPlanCalendar
{
    private const string Zone = "Europe/Berlin";

    public FileContent Write(PlanCalendar plan)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//JobConnect//Jobmesse//DE", Method = "PUBLISH" };
        calendar.AddTimeZone(Zone);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC");
        var place = $"{plan.Venue}, {plan.VenueAddress}";
        var texts = LetterTexts.For(plan.Language, plan.EasyLanguage);

        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{plan.Uid}@jobconnect",
            Sequence = plan.Sequence,
            DtStamp = stamp,
            DtStart = At(plan.Date, plan.ArrivalFrom),
            DtEnd = At(plan.Date, plan.End),
            Summary = texts?.Format("ical.visit", ("fair", plan.FairName)) ?? $"Jobmesse „{plan.FairName}“",
            Location = place,
            Description = texts is null ? Overview(plan) : Overview(plan, texts),
        });
        foreach (var c in plan.Conversations)
        {
            calendar.Events.Add(new CalendarEvent
            {
                // One entry per time: a person never has two conversations in one slot.
                Uid = $"{plan.Uid}-{c.Start:HHmm}@jobconnect",
                Sequence = plan.Sequence,
                DtStamp = stamp,
                DtStart = At(plan.Date, c.Start),
                DtEnd = At(plan.Date, c.Start.AddMinutes(plan.SlotMinutes)),
                Summary = texts?.Format("ical.talk", ("employer", c.Employer)) ?? $"Gespräch: {c.Employer}",
                Location = $"{texts?.Format("ical.place", ("booth", c.Booth), ("table", $"{c.Table}")) ?? $"Stand {c.Booth}, Tisch {c.Table}"} – {place}",
                Description = c.Vacancy is null ? null
                    : texts?.Format("ical.job", ("job", c.Vacancy)) ?? (plan.Informal ? "Ausbildung / Stelle: " : "Stelle: ") + c.Vacancy,
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new FileContent("jobmesse.ics", FileContent.Calendar, Encoding.UTF8.GetBytes(text));
    }

    private static CalDateTime At(DateOnly date, TimeOnly time) =>
        new(date.Year, date.Month, date.Day, time.Hour, time.Minute, 0, Zone);

    private static string Overview(PlanCalendar plan)
    {
        var text = new StringBuilder(plan.Informal ? "Deine Gespräche:" : "Ihre Gespräche:").Append('\n');
        if (plan.Conversations.Count == 0)
        {
            text.Append("stehen noch nicht fest.").Append('\n');
        }
        foreach (var c in plan.Conversations)
        {
            text.Append($"{c.Start:HH\\:mm} Uhr – {c.Employer}, Stand {c.Booth}, Tisch {c.Table}");
            text.Append(c.Vacancy is null ? "\n" : $" ({c.Vacancy})\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string Overview(PlanCalendar plan, LetterTexts t) => plan.Conversations.Count == 0
        ? $"{t["plan.heading"]}:\n{t["plan.none"]}"
        : $"{t["plan.heading"]}:\n" + string.Join('\n', plan.Conversations.Select(c =>
            t.Format("mail.plan.line", ("time", t.Time(c.Start)), ("employer", c.Employer), ("booth", c.Booth), ("table", $"{c.Table}"))
            + (c.Vacancy is null ? "" : $" ({c.Vacancy})")));
}
