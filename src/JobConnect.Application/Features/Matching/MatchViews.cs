using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Features.Matching;

/// <summary>What a matching page shows of a vacancy: enough to recognise it, nothing personal.</summary>
public sealed record VacancySummary(
    int Id, string Title, string EmployerName, VacancyKind Kind, string KldbCode, int Openings, TargetGroups Phases, string Postcode)
{
    internal static VacancySummary Of(Vacancy v) =>
        new(v.Id, v.Title, v.Employer?.Name ?? "", v.Kind, v.KldbCode, v.Openings, v.Phases, v.Postcode);
}

/// <summary>A person of the caller's caseload with the explained match to one vacancy.</summary>
/// <param name="Invitation">Status of the person's invitation to the current fair, if any.</param>
public sealed record CandidateMatch(
    int JobseekerId, string ReferenceNumber, string FirstName, string LastName, string Postcode, string City,
    TargetGroup TargetGroup, MatchResult Match, InvitationStatus? Invitation)
{
    /// <summary>True while an invitation holds a seat; such people cannot be invited again.</summary>
    public bool IsInvited => Invitation is { } status && Domain.Invitations.Invitation.HoldsSeatIn(status);
}

/// <summary>A vacancy with the explained match to one person.</summary>
public sealed record VacancyMatch(VacancySummary Vacancy, MatchResult Match);
