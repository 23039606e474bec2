using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JobConnect.Application.Common;
using JobConnect.Application.Ports;

namespace JobConnect.Infrastructure.Calendar;

/// <summary>
/// The personal plan as an .ics file (Ical.Net): one entry for the visit and one per conversation, in
/// Kassel's time zone with its VTIMEZONE, so a phone abroad or in another zone shows the right hour.
/// The wording is the letter's (German; informal for school leavers).
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

        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{plan.Uid}@jobconnect",
            Sequence = plan.Sequence,
            DtStamp = stamp,
            DtStart = At(plan.Date, plan.ArrivalFrom),
            DtEnd = At(plan.Date, plan.End),
            Summary = $"Jobmesse „{plan.FairName}“",
            Location = place,
            Description = Overview(plan),
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
                Summary = $"Gespräch: {c.Employer}",
                Location = $"Stand {c.Booth}, Tisch {c.Table} – {place}",
                Description = c.Vacancy is null ? null : (plan.Informal ? "Ausbildung / Stelle: " : "Stelle: ") + c.Vacancy,
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
}
