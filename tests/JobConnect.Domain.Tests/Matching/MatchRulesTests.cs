using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;

namespace JobConnect.Domain.Tests.Matching;

public sealed class MatchRulesTests
{
    [Theory]
    [InlineData("25212")]
    [InlineData(" 01104 ")]
    [InlineData("25210")]
    [InlineData("25215")]
    [InlineData("2521")]
    [InlineData("2521x")]
    [InlineData("x5212")]
    [InlineData("")]
    [InlineData(null)]
    public void Kldb_parsing_accepts_exactly_what_KldbCode_accepts(string? code)
    {
        var expected = KldbCode.TryParse(code, out var parsed) ? (int.Parse(parsed.Group4, System.Globalization.CultureInfo.InvariantCulture), parsed.Level) : ((int, int)?)null;

        Assert.Equal(expected, MatchRules.ParseKldb(code));
    }

    [Theory]
    [InlineData(2521, 2)]
    [InlineData(110, 4)]
    [InlineData(9999, 1)]
    public void Packed_codes_round_trip(int group4, int level)
    {
        Assert.Equal((group4, level), MatchingPool.UnpackKldb(MatchingPool.PackKldb(group4, level)));
    }
}
