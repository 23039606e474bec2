using JobConnect.Domain.Matching.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Data;

public static class SkillVocabularyQueries
{
    /// <summary>The vocabulary in use: the shipped terms with the organizers' changes applied in the order they were made.</summary>
    public static async Task<SkillVocabulary> SkillVocabularyAsync(this JobConnectDbContext db, CancellationToken ct)
    {
        var changes = await db.SkillVocabularyChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return changes.Count == 0 ? SkillVocabulary.Shipped : SkillVocabulary.Shipped.With(changes);
    }
}
