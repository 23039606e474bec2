using JobConnect.Application.Access;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Features.Vacancies;

/// <summary>Who may see and change which vacancies; every vacancy use case goes through here.</summary>
public static class VacancyAccess
{
    /// <summary>Organizers see all, employers their own company's, caseworkers only published ones.</summary>
    public static IQueryable<Vacancy> VisibleTo(this IQueryable<Vacancy> vacancies, UserScope scope) => scope switch
    {
        { IsOrganizer: true } => vacancies,
        { IsEmployer: true } => vacancies.Where(v => v.EmployerId == scope.EmployerId),
        { IsCaseworker: true } => vacancies.Where(v => Vacancy.OpenStatuses.Contains(v.Status)),
        _ => vacancies.Where(_ => false),
    };

    /// <summary>Vacancies the user may change; caseworkers may read but never change any.</summary>
    public static IQueryable<Vacancy> EditableBy(this IQueryable<Vacancy> vacancies, UserScope scope) => scope switch
    {
        { IsOrganizer: true } => vacancies,
        { IsEmployer: true } => vacancies.Where(v => v.EmployerId == scope.EmployerId),
        _ => throw scope.Refused("Only organizers and the owning employer change vacancies."),
    };

    public static bool IsEditable(VacancyStatus status) => status is VacancyStatus.Draft or VacancyStatus.Reported or VacancyStatus.ChangePending;

    /// <summary>
    /// After the reporting deadline matching and invitations rely on the reported vacancies, so employers
    /// can no longer create or change them (decision: blocked with a message, see docs/adr/0004). Organizers can.
    /// </summary>
    public static bool IsLockedFor(UserScope scope, Fair fair, DateTime nowUtc) =>
        !scope.IsOrganizer && fair.ReportingDeadlineUtc is { } deadline && nowUtc > deadline;
}
