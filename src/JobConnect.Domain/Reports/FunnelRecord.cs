using JobConnect.Domain.Common;
using JobConnect.Domain.FollowUps;

namespace JobConnect.Domain.Reports;

/// <summary>
/// One person's way through a fair, without the person: phase, inviting agency, how far they came and
/// what came of their conversations. Built from the live records while a fair's data is kept, and
/// stored (frozen) when its personal data is anonymized, so every report of the fair stays the same.
/// </summary>
public class FunnelRecord : Entity
{
    public int FairId { get; set; }
    /// <summary>The phase's name when the record was built (the phase itself may be gone later).</summary>
    public required string PhaseName { get; set; }
    public int AgencyId { get; set; }
    public required string AgencyName { get; set; }

    /// <summary>Had an invitation that was not cancelled, declined ones included (walk-ins had none).</summary>
    public bool Invited { get; set; }

    /// <summary>Said yes to the invitation at some point.</summary>
    public bool Confirmed { get; set; }

    /// <summary>Checked in at the entrance.</summary>
    public bool Arrived { get; set; }

    /// <summary>Came without an invitation and was checked in on the day.</summary>
    public bool WalkIn { get; set; }

    /// <summary>The caseworker's last follow-up says an interview took place.</summary>
    public bool InterviewHeld { get; set; }

    public ContractKind Contract { get; set; }
    public int? ContractEmployerId { get; set; }

    public List<FunnelTalk> Talks { get; set; } = [];
}

/// <summary>One planned conversation of a <see cref="FunnelRecord"/>: with whom, about what, held or not, interview agreed or not.</summary>
public class FunnelTalk
{
    public int EmployerId { get; set; }
    public required string EmployerName { get; set; }
    public int? VacancyId { get; set; }
    public string? VacancyTitle { get; set; }
    public bool Held { get; set; }
    public bool InterviewAgreed { get; set; }
}

/// <summary>Which kinds of fair-day data a fair has at all; a report shows "not recorded" instead of zeros where one is missing.</summary>
public sealed record FunnelCoverage(bool Arrivals, bool Outcomes, bool FollowUps);
