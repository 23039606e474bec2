using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobConnect.Application.Data;

/// <summary>
/// One row whose stamp changes in the same transaction as every change to what match scores are
/// computed or shown with: people, vacancies, employer exclusions, employers (their names), a fair's weights
/// and the organizers' changes to the skills vocabulary. A cached ranking is
/// current exactly while its stamp equals this row's — across requests, users and app instances.
/// </summary>
public sealed class MatchingInputs
{
    public const int RowId = 1;

    public int Id { get; set; }
    public Guid Stamp { get; set; }

    /// <summary>Entity types whose rows feed the score; owned types (skills, languages) count through their owner.</summary>
    private static readonly HashSet<Type> Sources = [typeof(Jobseeker), typeof(Vacancy), typeof(EmployerExclusion), typeof(Employer), typeof(Fair),
        typeof(SkillVocabularyChange)];

    internal static bool IsSource(IReadOnlyEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }
        return Sources.Contains(type.ClrType);
    }
}
