namespace JobConnect.Domain.Matching.Skills;

/// <summary>
/// Reads the shipped vocabulary file: "## Area" sets the areas of the following lines, each line is
/// "Term = Synonym = Synonym …"; a term listed under several areas collects all of them.
/// </summary>
internal static class SkillTermsFile
{
    public const string ResourceName = "JobConnect.Domain.Reference.SkillTerms.txt";

    public static IReadOnlyList<SkillTerm> Read()
    {
        using var stream = typeof(SkillTermsFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The shipped skills vocabulary {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<SkillTerm> Parse(string text)
    {
        var terms = new Dictionary<string, (string Name, List<string> Synonyms, SortedSet<string> Areas)>(StringComparer.Ordinal);
        var area = SkillTerm.GeneralArea;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                area = line[2..].Trim();
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var wordings = line.Split('=', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var key = SkillVocabulary.Fold(wordings[0]);
            if (!terms.TryGetValue(key, out var term))
            {
                term = terms[key] = (wordings[0], [], new SortedSet<string>(StringComparer.Ordinal));
            }
            term.Synonyms.AddRange(wordings.Skip(1));
            term.Areas.Add(area);
        }

        return [.. terms.Values.Select(t => new SkillTerm(t.Name, [.. t.Synonyms.DistinctBy(SkillVocabulary.Fold)], [.. t.Areas]))];
    }
}
