using System.Globalization;
using System.Text;

namespace JobConnect.Domain.Matching.Skills;

/// <summary>
/// Canonical skill terms with their synonyms and spellings: what lets "Gabelstaplerschein" match
/// "Staplerschein". Wordings compare folded (<see cref="Fold"/>): case, umlauts, accents, blanks,
/// hyphens, slashes and dots do not count. Immutable; the matcher reads it once per pool build.
/// </summary>
public sealed class SkillVocabulary
{
    /// <summary>Keys of words outside the vocabulary start with this, so they never equal a term's key.</summary>
    private const char UnknownMark = '~';

    private readonly Dictionary<string, int> _byWording;
    private readonly string[] _keys;

    private SkillVocabulary(IReadOnlyList<SkillTerm> terms)
    {
        Terms = terms;
        _keys = [.. terms.Select(t => Fold(t.Name))];
        _byWording = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < terms.Count; index++)
        {
            foreach (var wording in terms[index].Wordings)
            {
                // The first term claiming a wording keeps it; the data test reports such clashes.
                _byWording.TryAdd(Fold(wording), index);
            }
        }
    }

    /// <summary>The vocabulary shipped with the app (<c>Reference/SkillTerms.txt</c>).</summary>
    public static SkillVocabulary Shipped { get; } = FromTerms(SkillTermsFile.Read());

    /// <summary>No terms at all: every skill matches only its own wording (the matcher before the vocabulary).</summary>
    public static SkillVocabulary None { get; } = new([]);

    /// <summary>All terms, ordered by name.</summary>
    public IReadOnlyList<SkillTerm> Terms { get; }

    /// <summary>The term a wording means (its name or a synonym, in any spelling), or null.</summary>
    public SkillTerm? Find(string? written) =>
        written is not null && _byWording.TryGetValue(Fold(written), out var index) ? Terms[index] : null;

    /// <summary>
    /// The comparison key of a written skill: the term's key when the vocabulary knows the wording,
    /// otherwise the folded wording marked as unknown — so unknown words match only the same wording.
    /// </summary>
    public string Key(string written)
    {
        var folded = Fold(written);
        return _byWording.TryGetValue(folded, out var index) ? _keys[index] : UnknownMark + folded;
    }

    /// <summary>What the vocabulary makes of a written skill, with a "did you mean" for near misses.</summary>
    public SkillReading Read(string written)
    {
        var folded = Fold(written);
        if (_byWording.TryGetValue(folded, out var index))
        {
            var term = Terms[index];
            return new SkillReading(written, folded == _keys[index] ? SkillRecognition.Canonical : SkillRecognition.Synonym, term);
        }

        return new SkillReading(written, SkillRecognition.Unknown, null, Nearest(folded));
    }

    /// <summary>
    /// Terms for an autocomplete: every term one of whose wordings contains the typed text (folded),
    /// those whose name starts with it first, then those of the given area, then by name.
    /// </summary>
    public IReadOnlyList<SkillTerm> Suggest(string? typed, string? area = null, int max = 20)
    {
        var folded = Fold(typed ?? "");
        if (folded.Length == 0 || max <= 0)
        {
            return [];
        }

        return [.. Terms
            .Select((term, index) => (term, index))
            .Where(t => t.term.Wordings.Any(w => Fold(w).Contains(folded, StringComparison.Ordinal)))
            .OrderByDescending(t => _keys[t.index].StartsWith(folded, StringComparison.Ordinal))
            .ThenByDescending(t => area is not null && t.term.Areas.Contains(area))
            .ThenBy(t => t.term.Name, StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true))
            .Select(t => t.term)
            .Take(max)];
    }

    /// <summary>This vocabulary with an organizer's changes applied in order; changes that no longer apply are skipped.</summary>
    public SkillVocabulary With(IEnumerable<SkillVocabularyChange> changes)
    {
        var terms = Terms.Select(t => new Draft(t)).ToList();
        Draft? Term(string wording)
        {
            var folded = Fold(wording);
            return terms.FirstOrDefault(t => t.Wordings.Any(w => Fold(w) == folded));
        }

        foreach (var change in changes)
        {
            var into = Term(change.Into);
            var wording = change.Wording.Trim();
            switch (change.Kind)
            {
                case SkillChangeKind.AddSynonym when into is not null && wording.Length > 0:
                    // A wording means one term: taking it from another term moves it.
                    foreach (var other in terms)
                    {
                        other.Synonyms.RemoveAll(s => Fold(s) == Fold(wording));
                    }
                    if (Fold(into.Name) != Fold(wording))
                    {
                        into.Synonyms.Add(wording);
                    }
                    break;
                case SkillChangeKind.Merge when into is not null && Term(wording) is { } merged && merged != into:
                    into.Synonyms.AddRange(merged.Wordings);
                    into.Areas.UnionWith(merged.Areas);
                    terms.Remove(merged);
                    break;
                case SkillChangeKind.AddTerm when wording.Length > 0 && Term(wording) is null:
                    terms.Add(new Draft(new SkillTerm(wording, [], [change.Into.Trim()])));
                    break;
            }
        }

        return FromTerms(terms.Select(t => t.ToTerm()));
    }

    /// <summary>A vocabulary of exactly these terms (tests, the shipped file).</summary>
    public static SkillVocabulary FromTerms(IEnumerable<SkillTerm> terms) =>
        new([.. terms.OrderBy(t => t.Name, StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true))]);

    /// <summary>
    /// The spelling-insensitive form of a wording: lower case, ä/ö/ü/ß as ae/oe/ue/ss, accents dropped,
    /// only letters, digits, '#' and '+' kept ("MS-Office" = "ms office" = "msoffice", "C#" ≠ "C").
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case var l when char.IsLetterOrDigit(l):
                    foreach (var d in l.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        {
                            builder.Append(d);
                        }
                    }
                    break;
                case '#' or '+': builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The term with a wording closest to an unknown word, when it is a likely typo: at most one edit
    /// for words of 5–8 characters, two for longer ones (an edit: insert, delete, replace, swap).
    /// Short words get no suggestion: "SPS" is not a typo of "SAP".
    /// </summary>
    private SkillTerm? Nearest(string folded)
    {
        var allowed = folded.Length < 5 ? 0 : folded.Length <= 8 ? 1 : 2;
        if (allowed == 0)
        {
            return null;
        }

        SkillTerm? best = null;
        var bestDistance = allowed + 1;
        foreach (var (wording, index) in _byWording)
        {
            if (Math.Abs(wording.Length - folded.Length) >= bestDistance)
            {
                continue;
            }

            var distance = EditDistance(folded, wording, bestDistance);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(Terms[index].Name, best.Name) < 0))
            {
                (best, bestDistance) = (Terms[index], distance);
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early above <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    /// <summary>A term being changed by <see cref="With"/>.</summary>
    private sealed class Draft(SkillTerm term)
    {
        public string Name { get; } = term.Name;
        public List<string> Synonyms { get; } = [.. term.Synonyms];
        public SortedSet<string> Areas { get; } = new(term.Areas, StringComparer.Ordinal);
        public IEnumerable<string> Wordings => Synonyms.Prepend(Name);

        public SkillTerm ToTerm() =>
            new(Name, [.. Synonyms.Where(s => Fold(s) != Fold(Name)).DistinctBy(Fold)], [.. Areas]);
    }
}
