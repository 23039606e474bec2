using JobConnect.Domain.Agencies;

namespace JobConnect.Domain.Tests.Agencies;

public class AgencyTests
{
    [Theory]
    [InlineData(false, "Sie", "du", "Sie")]
    [InlineData(true, "Sie", "du", "du")]
    [InlineData(true, "Sie", null, "Sie")]
    [InlineData(true, "Sie", "  ", "Sie")]
    [InlineData(false, null, "du", null)]
    public void The_informal_letter_gets_the_du_paragraph_and_falls_back_to_the_formal_one_rather_than_none(
        bool informalLetter, string? formal, string? informal, string? expected) =>
        Assert.Equal(expected, Agency.ParagraphFor(formal, informal, informalLetter));
}
