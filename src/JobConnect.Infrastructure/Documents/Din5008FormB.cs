namespace JobConnect.Infrastructure.Documents;

/// <summary>
/// DIN 5008 form B positions in millimetres from the page's top-left corner, so the address shows
/// through the window of a DL envelope.
/// </summary>
public static class Din5008FormB
{
    public const float AddressFieldLeft = 20;
    public const float AddressFieldTop = 45;
    public const float AddressFieldWidth = 85;
    public const float AddressFieldHeight = 45;

    /// <summary>The 5 mm return-address line at the top of the address field.</summary>
    public const float ReturnAddressHeight = 5;

    /// <summary>Below the return address and the 12.7 mm note zone: the 27.3 mm recipient zone.</summary>
    public const float RecipientTop = 62.7f;

    /// <summary>Text in the address field starts 5 mm inside it, on the letter's left margin.</summary>
    public const float AddressTextLeft = 25;

    public const float InfoBlockLeft = 125;
    public const float InfoBlockTop = 50;
    public const float InfoBlockWidth = 75;

    public const float LeftMargin = 25;
    public const float RightMargin = 20;

    /// <summary>The body starts two blank lines below the address field.</summary>
    public const float BodyTop = 98.46f;

    public const float UpperFoldMark = 105;
    public const float LowerFoldMark = 210;
    public const float PunchMark = 148.5f;

    public static PageSetup Page { get; } = PageSetup.A4Portrait with { Margins = new Margins(20, RightMargin, 20, LeftMargin) };

    /// <summary>Fold marks and the punch mark at the left edge of the first page.</summary>
    public static SectionBuilder AddMarks(this SectionBuilder section) => section
        .PlaceLine(3, UpperFoldMark, 8, UpperFoldMark, 0.4f)
        .PlaceLine(3, PunchMark, 10, PunchMark, 0.4f)
        .PlaceLine(3, LowerFoldMark, 8, LowerFoldMark, 0.4f);
}
