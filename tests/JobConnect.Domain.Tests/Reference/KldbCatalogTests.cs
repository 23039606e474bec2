using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;

namespace JobConnect.Domain.Tests.Reference;

public class KldbCatalogTests
{
    [Fact]
    public void Catalog_has_about_150_entries()
    {
        Assert.InRange(KldbCatalog.All.Count, 130, 180);
    }

    [Fact]
    public void Every_code_is_a_valid_kldb_code()
    {
        var invalid = KldbCatalog.All.Where(o => !KldbCode.IsValid(o.Code)).Select(o => o.Code).ToList();

        Assert.Empty(invalid);
    }

    [Fact]
    public void Codes_are_unique_and_ordered()
    {
        var codes = KldbCatalog.All.Select(o => o.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_entry_has_a_title_and_an_area()
    {
        Assert.All(KldbCatalog.All, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Title));
            Assert.False(string.IsNullOrWhiteSpace(o.Area));
        });
    }

    [Fact]
    public void Catalog_covers_all_four_requirement_levels()
    {
        var levels = KldbCatalog.All.Select(o => o.Level).Distinct().Order();

        Assert.Equal([1, 2, 3, 4], levels);
    }

    [Fact]
    public void Find_returns_the_occupation_for_a_known_code()
    {
        var occupation = KldbCatalog.Find(" 25212 ");

        Assert.NotNull(occupation);
        Assert.Equal("Kfz-Mechatroniker/in", occupation.Title);
        Assert.Equal(2, occupation.Level);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_or_missing_code()
    {
        Assert.Null(KldbCatalog.Find("99999"));
        Assert.Null(KldbCatalog.Find(null));
    }

    [Fact]
    public void Search_by_code_prefix_returns_only_that_group_ordered_by_code()
    {
        var result = KldbCatalog.Search("513");

        Assert.NotEmpty(result);
        Assert.All(result, o => Assert.StartsWith("513", o.Code, StringComparison.Ordinal));
        Assert.Contains(result, o => o.Code == "51312");
        Assert.Equal(result.Select(o => o.Code).Order(StringComparer.Ordinal), result.Select(o => o.Code));
    }

    [Fact]
    public void Search_by_title_is_case_insensitive_including_umlauts()
    {
        var result = KldbCatalog.Search("ALTENPFLEGE");
        var umlaut = KldbCatalog.Search("BÄCKER");

        Assert.Contains(result, o => o.Code == "82101");
        Assert.Contains(result, o => o.Code == "82102");
        Assert.Contains(umlaut, o => o.Code == "29222");
    }

    [Fact]
    public void Search_respects_max_and_ignores_blank_terms()
    {
        Assert.Equal(3, KldbCatalog.Search("Helfer", max: 3).Count);
        Assert.Empty(KldbCatalog.Search("   "));
        Assert.Empty(KldbCatalog.Search("Astronaut"));
    }
}
