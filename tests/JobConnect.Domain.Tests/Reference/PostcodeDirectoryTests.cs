using JobConnect.Domain.Reference;

namespace JobConnect.Domain.Tests.Reference;

public class PostcodeDirectoryTests
{
    [Fact]
    public void Directory_has_80_to_120_entries()
    {
        Assert.InRange(PostcodeDirectory.All.Count, 80, 120);
    }

    [Fact]
    public void Every_postcode_has_five_digits()
    {
        Assert.All(PostcodeDirectory.All, a =>
            Assert.True(a.Postcode.Length == 5 && a.Postcode.All(char.IsAsciiDigit), a.Postcode));
    }

    [Fact]
    public void Postcodes_are_unique()
    {
        var postcodes = PostcodeDirectory.All.Select(a => a.Postcode).ToList();

        Assert.Equal(postcodes.Count, postcodes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Coordinates_lie_in_north_hesse_and_its_neighbourhood()
    {
        Assert.All(PostcodeDirectory.All, a =>
        {
            Assert.InRange(a.Latitude, 50.8, 51.7);
            Assert.InRange(a.Longitude, 8.8, 10.3);
        });
    }

    [Fact]
    public void All_city_of_kassel_postcodes_start_with_341()
    {
        var kassel = PostcodeDirectory.All.Where(a => a.District == "Stadt Kassel").ToList();

        Assert.Equal(11, kassel.Count);
        Assert.All(kassel, a => Assert.StartsWith("341", a.Postcode, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_and_IsKnown_agree()
    {
        Assert.Equal("Eschwege", PostcodeDirectory.Find("37269")?.Place);
        Assert.True(PostcodeDirectory.IsKnown(" 34225 "));
        Assert.False(PostcodeDirectory.IsKnown("10115"));
        Assert.Null(PostcodeDirectory.Find(null));
    }

    [Fact]
    public void Distance_kassel_to_eschwege_is_about_40_to_50_km()
    {
        var kassel = PostcodeDirectory.Find("34117")!;
        var eschwege = PostcodeDirectory.Find("37269")!;

        Assert.InRange(PostcodeDirectory.DistanceKm(kassel, eschwege), 38.0, 50.0);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        var kassel = PostcodeDirectory.Find("34117")!;
        var baunatal = PostcodeDirectory.Find("34225")!;

        Assert.Equal(0.0, PostcodeDirectory.DistanceKm(kassel, kassel), precision: 9);
        Assert.Equal(PostcodeDirectory.DistanceKm(kassel, baunatal), PostcodeDirectory.DistanceKm(baunatal, kassel), precision: 9);
        Assert.InRange(PostcodeDirectory.DistanceKm(kassel, baunatal), 7.0, 12.0);
    }

    [Fact]
    public void Distance_kassel_to_goettingen_matches_the_known_great_circle()
    {
        // Göttingen lies about 38 km north-east of Kassel as the crow flies.
        var kassel = PostcodeDirectory.Find("34117")!;
        var goettingen = PostcodeDirectory.Find("37073")!;

        Assert.InRange(PostcodeDirectory.DistanceKm(kassel, goettingen), 33.0, 43.0);
    }
}
