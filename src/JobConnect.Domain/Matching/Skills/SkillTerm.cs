namespace JobConnect.Domain.Matching.Skills;

/// <summary>A canonical skill term of the vocabulary with the other ways people write it.</summary>
/// <param name="Name">The canonical German term, as shown on chips.</param>
/// <param name="Synonyms">Synonyms and spellings that mean the same term (without the name itself).</param>
/// <param name="Areas">Occupation areas of the KldB catalogue the term belongs to ("Allgemein" for all).</param>
public sealed record SkillTerm(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Areas)
{
    /// <summary>The area of terms that belong to every occupation.</summary>
    public const string GeneralArea = "Allgemein";

    /// <summary>The name and every synonym.</summary>
    public IEnumerable<string> Wordings => Synonyms.Prepend(Name);
}

/// <summary>How a written skill relates to the vocabulary.</summary>
public enum SkillRecognition
{
    /// <summary>The canonical term itself (in any spelling).</summary>
    Canonical = 1,
    /// <summary>A synonym of a term; it matches the term.</summary>
    Synonym = 2,
    /// <summary>Not in the vocabulary: kept as written, matched only by the same wording.</summary>
    Unknown = 3,
}

/// <summary>What the vocabulary makes of one written skill.</summary>
/// <param name="Written">The skill as it was written.</param>
/// <param name="Recognition">Canonical, synonym or unknown.</param>
/// <param name="Term">The term it means; null when unknown.</param>
/// <param name="DidYouMean">For an unknown word: the term it is probably a misspelling of, if any.</param>
public sealed record SkillReading(string Written, SkillRecognition Recognition, SkillTerm? Term, SkillTerm? DidYouMean = null)
{
    public bool IsKnown => Term is not null;
}
