using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Matching.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Skills;

/// <summary>What the vocabulary makes of one written skill, for a chip next to the input.</summary>
/// <param name="Written">As typed (and as it is stored).</param>
/// <param name="Recognition">Canonical term, synonym of a term, or unknown (matched only by the same wording).</param>
/// <param name="Term">The canonical term it matches as; null when unknown.</param>
/// <param name="DidYouMean">For an unknown word: the term it is probably a misspelling of.</param>
public sealed record SkillChip(string Written, SkillRecognition Recognition, string? Term, string? DidYouMean)
{
    public bool IsKnown => Term is not null;

    internal static SkillChip Of(SkillReading reading) =>
        new(reading.Written, reading.Recognition, reading.Term?.Name, reading.DidYouMean?.Name);
}

/// <summary>
/// The skills inputs of the vacancy form, the jobseeker form and the import: suggestions while typing
/// and what a written skill means. The vocabulary is public reference data (no personal data), so every
/// signed-in role may read it.
/// </summary>
public sealed class LookUpSkills(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    /// <summary>Canonical terms whose name or a synonym contains the text; the occupation's area first.</summary>
    /// <param name="area">Area of the occupation being edited (KldB catalogue), or null.</param>
    public async Task<IReadOnlyList<string>> SuggestAsync(UserScope scope, string? text, string? area = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var vocabulary = await VocabularyAsync(ct);
        return [.. vocabulary.Suggest(text, area, MaxSuggestions).Select(t => t.Name)];
    }

    /// <summary>One chip per written skill, in the given order.</summary>
    public async Task<IReadOnlyList<SkillChip>> ReadAsync(UserScope scope, IEnumerable<string> written, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var vocabulary = await VocabularyAsync(ct);
        return [.. written.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => SkillChip.Of(vocabulary.Read(w.Trim())))];
    }

    public const int MaxSuggestions = 12;

    private async Task<SkillVocabulary> VocabularyAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SkillVocabularyAsync(ct);
    }
}
