using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;

namespace JobConnect.Domain.Fairs;

/// <summary>One job fair: a date, a venue and its phases.</summary>
public class Fair : Entity
{
    public required string Name { get; set; }
    public DateOnly Date { get; set; }
    public required string Venue { get; set; }
    public required string VenueAddress { get; set; }

    /// <summary>After this moment employers' changes to reported vacancies need organizer approval.</summary>
    public DateTime? ReportingDeadlineUtc { get; set; }

    /// <summary>Days after the fair until personal data is erased and only statistics remain.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>The organizer's weights of the match criteria; every ranking of this fair uses them.</summary>
    public MatchWeights MatchWeights { get; set; } = MatchWeights.Default;

    /// <summary>
    /// Days before the fair on which invited people with e-mail consent get a reminder, comma-separated
    /// ("7,1": a week and a day before); empty for none. The organizer sets them.
    /// </summary>
    public string ReminderDays { get; set; } = DefaultReminderDays;

    public const string DefaultReminderDays = "7,1";

    /// <summary>The reminder days as numbers, largest first.</summary>
    public IReadOnlyList<int> ReminderDayCounts() =>
        [.. ReminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).Distinct().OrderDescending()];

    public List<FairPhase> Phases { get; set; } = [];
    public List<Booth> Booths { get; set; } = [];

    public FairPhase? Phase(int phaseId) => Phases.FirstOrDefault(p => p.Id == phaseId);

    /// <summary>The phases a person of the group may be invited to, earliest first.</summary>
    public IEnumerable<FairPhase> PhasesFor(TargetGroup group) => Phases.Where(p => p.TargetGroup == group).OrderBy(p => p.Start).ThenBy(p => p.Id);
}
