using System.Text;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Ports;
using JobConnect.Infrastructure.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Documents;

/// <summary>The personal plan as an iCalendar file, read back with Ical.Net's parser.</summary>
public sealed class PlanCalendarTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 3, 1, 8, 30, 0, TimeSpan.Zero));

    private static PlanCalendar Plan(int sequence = 0) => new(
        "invitation-17", sequence, "job-connect Kassel", new DateOnly(2027, 3, 18), "Ständehaus", "Ständeplatz 8, 34117 Kassel",
        new TimeOnly(9, 15), new TimeOnly(12, 30), 15,
        [
            new PlannedConversation(new TimeOnly(9, 30), "NP Technik GmbH", "B3", 2, "Elektroniker/in"),
            new PlannedConversation(new TimeOnly(10, 15), "Kasseler Bäckerei", "A1", 1, null),
        ]);

    private static Ical.Net.Calendar Parse(FileContent file)
    {
        Assert.Equal("text/calendar;charset=utf-8", file.ContentType);
        Assert.EndsWith(".ics", file.Name, StringComparison.Ordinal);
        return Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file.Bytes))!;
    }

    [Fact]
    public void The_plan_becomes_the_visit_and_one_entry_per_conversation_in_Kassel_time()
    {
        var calendar = Parse(new IcalPlanCalendar(Clock).Write(Plan()));

        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(3, events.Count);
        var visit = events[0];
        Assert.Equal("Jobmesse „job-connect Kassel“", visit.Summary);
        Assert.Equal("Ständehaus, Ständeplatz 8, 34117 Kassel", visit.Location);
        Assert.Contains("09:30 Uhr – NP Technik GmbH, Stand B3, Tisch 2 (Elektroniker/in)", visit.Description, StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", visit.DtStart!.TzId);
        // 09:15 in Kassel in March (CET) is 08:15 UTC.
        Assert.Equal(new DateTime(2027, 3, 18, 8, 15, 0, DateTimeKind.Utc), visit.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 18, 11, 30, 0, DateTimeKind.Utc), visit.DtEnd!.AsUtc);

        Assert.Equal("Gespräch: NP Technik GmbH", events[1].Summary);
        Assert.StartsWith("Stand B3, Tisch 2", events[1].Location, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2027, 3, 18, 8, 30, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 18, 8, 45, 0, DateTimeKind.Utc), events[1].DtEnd!.AsUtc);
        Assert.Null(events[2].Description);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Berlin");
        Assert.All(events, e => Assert.Equal(new DateTime(2027, 3, 1, 8, 30, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc));
    }

    [Fact]
    public void A_newer_plan_version_keeps_the_entries_identity_and_raises_the_sequence()
    {
        var first = Parse(new IcalPlanCalendar(Clock).Write(Plan()));
        var changed = Parse(new IcalPlanCalendar(Clock).Write(Plan(sequence: 2)));

        Assert.Equal(first.Events.Select(e => e.Uid).Order(), changed.Events.Select(e => e.Uid).Order());
        Assert.All(changed.Events, e => Assert.Equal(2, e.Sequence));
        Assert.All(first.Events, e => Assert.StartsWith("invitation-17", e.Uid, StringComparison.Ordinal));
        Assert.Equal(3, first.Events.Select(e => e.Uid).Distinct().Count());
    }
}
