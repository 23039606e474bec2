using JobConnect.Domain.Common;

namespace JobConnect.Domain.Matching.Skills;

/// <summary>What an organizer did to the shipped vocabulary.</summary>
public enum SkillChangeKind
{
    /// <summary><see cref="SkillVocabularyChange.Wording"/> becomes a synonym of <see cref="SkillVocabularyChange.Into"/>.</summary>
    AddSynonym = 1,
    /// <summary>The term <see cref="SkillVocabularyChange.Wording"/> and all its synonyms become synonyms of <see cref="SkillVocabularyChange.Into"/>.</summary>
    Merge = 2,
    /// <summary>A new canonical term <see cref="SkillVocabularyChange.Wording"/> in the area <see cref="SkillVocabularyChange.Into"/>.</summary>
    AddTerm = 3,
}

/// <summary>
/// One organizer change to the skills vocabulary; the vocabulary in use is the shipped one with all
/// changes applied in id order. Stored as a log (not as an edited copy) so a new shipped version
/// still takes effect and every change can be traced to who made it. A change moves the matching stamp.
/// </summary>
public class SkillVocabularyChange : Entity
{
    public SkillChangeKind Kind { get; set; }

    /// <summary>The synonym, the merged-away term or the new term, as the organizer wrote it.</summary>
    public required string Wording { get; set; }

    /// <summary>The term it goes into; for <see cref="SkillChangeKind.AddTerm"/> the area.</summary>
    public required string Into { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The organizer's user id (not their name: the audit log resolves it).</summary>
    public required string CreatedBy { get; set; }
}
