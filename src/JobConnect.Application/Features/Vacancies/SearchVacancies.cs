using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Vacancies;

public enum VacancySort
{
    Updated,
    Employer,
    Title,
    Occupation,
    Kind,
    Openings,
    StartDate,
    Status,
}

/// <summary>Filters of the vacancy lists; null means "any".</summary>
public sealed record VacancyFilter
{
    public int? EmployerId { get; init; }
    public VacancyKind? Kind { get; init; }

    /// <summary>Occupational area of the KldB catalog, e.g. "Metall und Maschinenbau".</summary>
    public string? OccupationArea { get; init; }

    /// <summary>Only vacancies for this target group (and so for its phases).</summary>
    public TargetGroup? TargetGroup { get; init; }
    public VacancyStatus? Status { get; init; }
    public string? Text { get; init; }
}

/// <summary>One page of the list; <paramref name="PageSize"/> 0 means all rows (exports).</summary>
public sealed record VacancyQuery(VacancyFilter Filter, VacancySort Sort = VacancySort.Updated, bool Descending = true, int Page = 0, int PageSize = 25);

public sealed record VacancyRow(
    int Id,
    string EmployerName,
    VacancyKind Kind,
    string Title,
    string KldbCode,
    string? OccupationTitle,
    int Openings,
    string Postcode,
    WorkingTime WorkingTime,
    DateOnly StartDate,
    CefrLevel GermanLevel,
    bool DrivingLicenceRequired,
    SchoolCertificate? MinimumSchoolCertificate,
    TargetGroups Phases,
    VacancyStatus Status,
    IReadOnlyList<string> MustHaveSkills,
    IReadOnlyList<string> NiceToHaveSkills,
    DateTime UpdatedUtc);

public sealed record VacancyPage(IReadOnlyList<VacancyRow> Rows, int Total);

/// <summary>Vacancies of the current fair the user may see, filtered, sorted and paged in the database.</summary>
public sealed class SearchVacancies(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<VacancyPage> HandleAsync(UserScope scope, VacancyQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return new VacancyPage([], 0);
        }

        var vacancies = Filter(db.Vacancies.AsNoTracking().VisibleTo(scope).Where(v => v.FairId == fair.Id), query.Filter);
        var total = await vacancies.CountAsync(ct);
        var sorted = Sort(vacancies.Include(v => v.Employer), query.Sort, query.Descending);
        if (query.PageSize > 0)
        {
            sorted = sorted.Skip(query.Page * query.PageSize).Take(query.PageSize);
        }
        var page = await sorted.ToListAsync(ct);
        return new VacancyPage([.. page.Select(ToRow)], total);
    }

    private static IQueryable<Vacancy> Filter(IQueryable<Vacancy> vacancies, VacancyFilter filter)
    {
        if (filter.EmployerId is { } employerId)
        {
            vacancies = vacancies.Where(v => v.EmployerId == employerId);
        }
        if (filter.Kind is { } kind)
        {
            vacancies = vacancies.Where(v => v.Kind == kind);
        }
        if (!string.IsNullOrEmpty(filter.OccupationArea))
        {
            var codes = KldbCatalog.All.Where(o => o.Area == filter.OccupationArea).Select(o => o.Code).ToList();
            vacancies = vacancies.Where(v => codes.Contains(v.KldbCode));
        }
        if (filter.TargetGroup is { } group)
        {
            // Target groups are stored as readable text, so compare whole values instead of bits.
            var single = group.ToSet();
            vacancies = vacancies.Where(v => v.Phases == single || v.Phases == TargetGroups.Both);
        }
        if (filter.Status is { } status)
        {
            vacancies = vacancies.Where(v => v.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            vacancies = vacancies.Where(v => v.Title.Contains(text) || v.KldbCode.StartsWith(text));
        }
        return vacancies;
    }

    private static IQueryable<Vacancy> Sort(IQueryable<Vacancy> v, VacancySort sort, bool descending) => (sort, descending) switch
    {
        (VacancySort.Employer, false) => v.OrderBy(x => x.Employer!.Name).ThenBy(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Employer, true) => v.OrderByDescending(x => x.Employer!.Name).ThenBy(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Title, false) => v.OrderBy(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Title, true) => v.OrderByDescending(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Occupation, false) => v.OrderBy(x => x.KldbCode).ThenBy(x => x.Id),
        (VacancySort.Occupation, true) => v.OrderByDescending(x => x.KldbCode).ThenBy(x => x.Id),
        (VacancySort.Kind, false) => v.OrderBy(x => x.Kind).ThenBy(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Kind, true) => v.OrderByDescending(x => x.Kind).ThenBy(x => x.Title).ThenBy(x => x.Id),
        (VacancySort.Openings, false) => v.OrderBy(x => x.Openings).ThenBy(x => x.Id),
        (VacancySort.Openings, true) => v.OrderByDescending(x => x.Openings).ThenBy(x => x.Id),
        (VacancySort.StartDate, false) => v.OrderBy(x => x.StartDate).ThenBy(x => x.Id),
        (VacancySort.StartDate, true) => v.OrderByDescending(x => x.StartDate).ThenBy(x => x.Id),
        (VacancySort.Status, false) => v.OrderBy(x => x.Status).ThenBy(x => x.Id),
        (VacancySort.Status, true) => v.OrderByDescending(x => x.Status).ThenBy(x => x.Id),
        (_, false) => v.OrderBy(x => x.UpdatedUtc).ThenBy(x => x.Id),
        _ => v.OrderByDescending(x => x.UpdatedUtc).ThenByDescending(x => x.Id),
    };

    private static VacancyRow ToRow(Vacancy v) => new(
        v.Id, v.Employer!.Name, v.Kind, v.Title, v.KldbCode, KldbCatalog.Find(v.KldbCode)?.Title, v.Openings, v.Postcode,
        v.WorkingTime, v.StartDate, v.GermanLevel, v.DrivingLicenceRequired, v.MinimumSchoolCertificate, v.Phases, v.Status,
        [.. v.MustHaveSkills], [.. v.NiceToHaveSkills], v.UpdatedUtc);
}
