using JobConnect.Domain.Common;

namespace JobConnect.Domain.Tests.Common;

public sealed class KldbCodeTests
{
    [Fact]
    public void Parse_splits_the_hierarchy_and_the_requirement_level()
    {
        var code = KldbCode.Parse("24232");

        Assert.Equal("2423", code.Group4);
        Assert.Equal("242", code.Group3);
        Assert.Equal(2, code.Level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2423")]
    [InlineData("242320")]
    [InlineData("2423x")]
    [InlineData("24230")]
    [InlineData("24235")]
    [InlineData(null)]
    public void Invalid_codes_are_rejected(string? value)
    {
        Assert.False(KldbCode.IsValid(value));
        Assert.False(KldbCode.TryParse(value, out _));
    }

    [Fact]
    public void Surrounding_spaces_are_tolerated()
    {
        Assert.True(KldbCode.TryParse(" 81302 ", out var code));
        Assert.Equal("81302", code.Value);
    }

    [Fact]
    public void Parse_of_an_invalid_code_names_the_rule() =>
        Assert.Contains("5 digits", Assert.Throws<FormatException>(() => KldbCode.Parse("123")).Message);
}
