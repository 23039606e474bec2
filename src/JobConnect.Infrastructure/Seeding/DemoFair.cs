using JobConnect.Domain.Agencies;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// The unsaved object graph of the demo fair. Navigations are set wherever the entities have them
/// (phases and booths hang off <see cref="Fair"/>, booths and vacancies reference their
/// <see cref="Employer"/>, contact persons and consents sit in their owners' lists), so EF Core fills
/// those foreign keys itself. The keys without a navigation are left at 0 and must be set by the saver
/// after the referenced rows have ids:
/// <list type="number">
/// <item>save <see cref="Fair"/> (with phases and booths) and <see cref="Employers"/>, then <see cref="Agencies"/>;</item>
/// <item>set <c>Vacancy.FairId</c> from the saved fair and save <see cref="Vacancies"/>;</item>
/// <item>for each <see cref="DemoJobseeker"/> set <c>Jobseeker.AgencyId</c> from <see cref="DemoJobseeker.Agency"/>,
/// add an <c>EmployerExclusion</c> per <see cref="DemoJobseeker.ExcludedEmployers"/> entry, then save.</item>
/// </list>
/// </summary>
public sealed record DemoFair(
    Fair Fair,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Employer> Employers,
    IReadOnlyList<Vacancy> Vacancies,
    IReadOnlyList<DemoJobseeker> Jobseekers);

/// <summary>
/// A demo jobseeker with the references its entity can only hold as ids: the owning agency
/// (<c>Jobseeker.AgencyId</c> is unset) and the employers the person has excluded
/// (<c>Jobseeker.EmployerExclusions</c> is empty until the saver adds them with the saved employer ids).
/// </summary>
public sealed record DemoJobseeker(Agency Agency, Jobseeker Jobseeker, IReadOnlyList<Employer> ExcludedEmployers);
