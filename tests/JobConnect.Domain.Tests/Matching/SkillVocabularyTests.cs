using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;

namespace JobConnect.Domain.Tests.Matching;

public sealed class SkillVocabularyTests
{
    private static readonly SkillVocabulary Shipped = SkillVocabulary.Shipped;

    [Theory]
    [InlineData("Staplerschein", "Gabelstaplerschein")]
    [InlineData("Staplerschein", "Flurförderzeugschein")]
    [InlineData("Staplerschein", "Gabelstaplerführerschein")]
    [InlineData("Führerschein B", "PKW-Führerschein")]
    [InlineData("Führerschein B", "Klasse B")]
    [InlineData("MS Office", "Microsoft Office")]
    [InlineData("WIG-Schweißen", "TIG")]
    public void Synonyms_share_the_key_of_their_term(string term, string synonym)
    {
        Assert.Equal(Shipped.Key(term), Shipped.Key(synonym));
        Assert.Equal(term, Shipped.Find(synonym)?.Name);
        Assert.Equal(SkillRecognition.Synonym, Shipped.Read(synonym).Recognition);
    }

    [Theory]
    [InlineData("MS Office", "ms-office")]
    [InlineData("MS Office", "MS  OFFICE")]
    [InlineData("Führerschein B", "fuehrerschein b")]
    [InlineData("Staplerschein", "Stapler-Schein")]
    [InlineData("À-la-carte-Küche", "a la carte kueche")]
    public void Spellings_fold_to_the_same_key(string term, string spelling)
    {
        Assert.Equal(Shipped.Key(term), Shipped.Key(spelling));
        Assert.Equal(SkillRecognition.Canonical, Shipped.Read(spelling).Recognition);
    }

    [Theory]
    [InlineData("Staplerschein", "Führerschein B")]
    [InlineData("MS Office", "MS Excel")]
    [InlineData("C#/.NET", "C")]
    [InlineData("SPS (Siemens S7, TIA Portal)", "SAP")]
    [InlineData("Korbflechten", "Staplerschein")]
    public void Unrelated_words_keep_different_keys(string one, string other) =>
        Assert.NotEqual(Shipped.Key(one), Shipped.Key(other));

    [Fact]
    public void An_unknown_word_is_kept_as_written_matches_only_its_own_wording_and_may_get_a_did_you_mean()
    {
        var reading = Shipped.Read("Gabelstablerschein");

        Assert.Equal(SkillRecognition.Unknown, reading.Recognition);
        Assert.Null(reading.Term);
        Assert.Equal("Gabelstablerschein", reading.Written);
        Assert.Equal("Staplerschein", reading.DidYouMean?.Name);
        Assert.Equal(Shipped.Key("gabelstablerschein"), Shipped.Key("Gabelstablerschein"));
        Assert.NotEqual(Shipped.Key("Staplerschein"), Shipped.Key("Gabelstablerschein"));
        Assert.Null(Shipped.Read("Korbflechten").DidYouMean);
        Assert.Null(Shipped.Read("SPSS").DidYouMean); // short words get no guess
    }

    [Fact]
    public void Suggestions_find_terms_by_any_wording_names_starting_with_the_text_first()
    {
        var suggestions = Shipped.Suggest("stapler", "Logistik und Verkehr");

        Assert.Equal("Staplerschein", suggestions[0].Name);
        Assert.Contains(Shipped.Suggest("gabelstapler"), t => t.Name == "Staplerschein");
        Assert.Empty(Shipped.Suggest("  "));
    }

    [Fact]
    public void The_shipped_data_has_several_hundred_terms_in_catalogue_areas_and_no_wording_claimed_twice()
    {
        var areas = KldbCatalog.All.Select(o => o.Area).Append(SkillTerm.GeneralArea).ToHashSet();

        Assert.InRange(Shipped.Terms.Count, 300, 2000);
        Assert.All(Shipped.Terms, t => Assert.All(t.Areas, a => Assert.Contains(a, areas)));
        var clashes = Shipped.Terms.SelectMany(t => t.Wordings.Select(w => (Key: SkillVocabulary.Fold(w), t.Name)))
            .GroupBy(w => w.Key).Where(g => g.Select(w => w.Name).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(w => w.Name).Distinct())}").ToList();
        Assert.Empty(clashes);
        Assert.Contains(Shipped.Find("Staplerschein")!.Areas, a => a == "Logistik und Verkehr");
    }

    [Fact]
    public void Organizer_changes_add_synonyms_merge_terms_and_add_terms_in_order()
    {
        var changed = Shipped.With(
        [
            new SkillVocabularyChange { Kind = SkillChangeKind.AddSynonym, Wording = "Hubwagenschein", Into = "Staplerschein", CreatedBy = "o" },
            new SkillVocabularyChange { Kind = SkillChangeKind.AddTerm, Wording = "Korbflechten", Into = "Produktion und Technik", CreatedBy = "o" },
            new SkillVocabularyChange { Kind = SkillChangeKind.Merge, Wording = "Schubmaststapler", Into = "Staplerschein", CreatedBy = "o" },
            new SkillVocabularyChange { Kind = SkillChangeKind.AddSynonym, Wording = "x", Into = "no such term", CreatedBy = "o" },
        ]);

        Assert.Equal(changed.Key("Staplerschein"), changed.Key("Hubwagenschein"));
        Assert.Equal(changed.Key("Staplerschein"), changed.Key("Schubmaster"));
        Assert.Null(changed.Terms.FirstOrDefault(t => t.Name == "Schubmaststapler"));
        Assert.Equal(SkillRecognition.Canonical, changed.Read("korbflechten").Recognition);
        Assert.Equal(Shipped.Terms.Count, changed.Terms.Count); // one added, one merged away
        Assert.NotEqual(Shipped.Key("Staplerschein"), Shipped.Key("Hubwagenschein")); // the shipped vocabulary is unchanged
    }
}
