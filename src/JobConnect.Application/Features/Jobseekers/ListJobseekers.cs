using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

public enum JobseekerSort
{
    LastName = 0,
    ReferenceNumber = 1,
    Postcode = 2,
    Updated = 3,
}

public sealed record JobseekerListQuery(
    string? Search = null,
    TargetGroup? TargetGroup = null,
    bool IncludeArchived = false,
    JobseekerSort Sort = JobseekerSort.LastName,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record JobseekerRow(
    int Id, string ReferenceNumber, string FirstName, string LastName, string Postcode, string City,
    TargetGroup TargetGroup, IReadOnlyList<string> TargetKldbCodes, bool Consent, bool Archived, DateTime UpdatedUtc)
{
    public PhaseKind EligiblePhase => TargetGroup.EligiblePhase();
}

/// <summary>One page of the jobseekers the user may see, searched and filtered in the database.</summary>
public sealed class ListJobseekers(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<JobseekerRow>> HandleAsync(UserScope scope, JobseekerListQuery query, CancellationToken ct = default)
    {
        if (scope.IsEmployer)
        {
            throw scope.Refused("Employers see candidate profiles, not the caseload.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.VisibleTo(scope).AsNoTracking().Matching(query);

        var total = await people.CountAsync(ct);
        IOrderedQueryable<Jobseeker> ordered = (query.Sort, query.Descending) switch
        {
            (JobseekerSort.ReferenceNumber, false) => people.OrderBy(j => j.ReferenceNumber),
            (JobseekerSort.ReferenceNumber, true) => people.OrderByDescending(j => j.ReferenceNumber),
            (JobseekerSort.Postcode, false) => people.OrderBy(j => j.Postcode),
            (JobseekerSort.Postcode, true) => people.OrderByDescending(j => j.Postcode),
            (JobseekerSort.Updated, false) => people.OrderBy(j => j.UpdatedUtc),
            (JobseekerSort.Updated, true) => people.OrderByDescending(j => j.UpdatedUtc),
            (_, true) => people.OrderByDescending(j => j.LastName).ThenByDescending(j => j.FirstName),
            _ => people.OrderBy(j => j.LastName).ThenBy(j => j.FirstName),
        };
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await ordered.ThenBy(j => j.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Select(j => new JobseekerRow(j.Id, j.ReferenceNumber, j.FirstName, j.LastName, j.Postcode, j.City, j.TargetGroup,
                j.TargetKldbCodes, j.Consents.Any(c => c.Scope == ConsentScope.ShareProfileWithEmployers && c.WithdrawnUtc == null),
                j.Archived, j.UpdatedUtc))
            .ToListAsync(ct);
        return new Paged<JobseekerRow>(rows, total);
    }
}

public static class JobseekerListFilter
{
    /// <summary>The list's filters; the list and its export share them, so an export holds exactly the rows shown.</summary>
    public static IQueryable<Jobseeker> Matching(this IQueryable<Jobseeker> people, JobseekerListQuery query)
    {
        if (!query.IncludeArchived)
        {
            people = people.Where(j => !j.Archived);
        }
        if (query.TargetGroup is { } group)
        {
            people = people.Where(j => j.TargetGroup == group);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            people = people.Where(j => j.LastName.Contains(term) || j.FirstName.Contains(term)
                    || j.ReferenceNumber.Contains(term) || j.Postcode.StartsWith(term) || j.City.Contains(term));
        }
        return people;
    }
}
