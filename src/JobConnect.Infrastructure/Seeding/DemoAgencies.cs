using JobConnect.Domain.Agencies;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>The employment agency and the three job centres of the Kassel fair, with their letter paragraphs.</summary>
internal static class DemoAgencies
{
    public const string AgenturName = "Agentur für Arbeit Kassel";
    public const string JobcenterStadtName = "Jobcenter Stadt Kassel";
    public const string JobcenterLandkreisName = "Jobcenter Landkreis Kassel";
    public const string JobcenterWerraMeissnerName = "Jobcenter Werra-Meißner";

    private const string AgenturParagraph =
        "Wir laden Sie ein, weil Ihr Profil zu Stellen passt, die Betriebe aus der Region für diese Messe gemeldet haben. "
        + "Wenn Sie Arbeitslosengeld beziehen, ist diese Einladung eine Meldeaufforderung nach § 309 SGB III: "
        + "Bitte kommen Sie zum genannten Termin. Wenn Sie ohne wichtigen Grund nicht kommen, kann eine Sperrzeit eintreten. "
        + "Können Sie nicht kommen, zum Beispiel wegen Krankheit, sagen Sie uns bitte vorher Bescheid.";

    // Same legal basis for all job centres: § 59 SGB II refers to the duty to report in § 309 SGB III.
    private static string JobcenterParagraph(string name) =>
        "Diese Einladung ist eine Meldeaufforderung nach § 59 SGB II in Verbindung mit § 309 SGB III. "
        + "Das heißt: Sie sind verpflichtet, zu diesem Termin zu kommen. "
        + "Wenn Sie ohne wichtigen Grund nicht kommen, kann Ihre Leistung gemindert werden. "
        + $"Können Sie nicht kommen, zum Beispiel wegen Krankheit, melden Sie sich bitte vorher beim {name} und reichen Sie einen Nachweis ein.";

    private const string AgenturParagraphInformal =
        "Wir laden dich ein, weil dein Profil zu Ausbildungsplätzen passt, die Betriebe aus der Region für diese Messe gemeldet haben. "
        + "Wenn du Leistungen von uns bekommst, ist diese Einladung eine Meldeaufforderung nach § 309 SGB III: "
        + "Bitte komm zum genannten Termin. Wenn du ohne wichtigen Grund nicht kommst, kann eine Sperrzeit eintreten. "
        + "Wenn du nicht kommen kannst, zum Beispiel weil du krank bist, sag uns bitte vorher Bescheid.";

    private static string JobcenterParagraphInformal(string name) =>
        "Diese Einladung ist eine Meldeaufforderung nach § 59 SGB II in Verbindung mit § 309 SGB III. "
        + "Das heißt: Du musst zu diesem Termin kommen. "
        + "Wenn du ohne wichtigen Grund nicht kommst, kann deine Leistung gemindert werden. "
        + $"Wenn du nicht kommen kannst, zum Beispiel weil du krank bist, melde dich bitte vorher beim {name} und reiche einen Nachweis ein.";

    public static IReadOnlyList<Agency> Build() =>
    [
        new Agency
        {
            Name = AgenturName,
            Kind = AgencyKind.Arbeitsagentur,
            Street = "Grüner Weg 46",
            Postcode = "34117",
            City = "Kassel",
            Phone = "0800 4 5555 00",
            LetterParagraph = AgenturParagraph,
            LetterParagraphInformal = AgenturParagraphInformal,
        },
        new Agency
        {
            Name = JobcenterStadtName,
            Kind = AgencyKind.Jobcenter,
            Street = "Wolfhager Straße 17",
            Postcode = "34117",
            City = "Kassel",
            LetterParagraph = JobcenterParagraph(JobcenterStadtName),
            LetterParagraphInformal = JobcenterParagraphInformal(JobcenterStadtName),
        },
        new Agency
        {
            Name = JobcenterLandkreisName,
            Kind = AgencyKind.Jobcenter,
            Street = "Wilhelmshöher Allee 19",
            Postcode = "34117",
            City = "Kassel",
            LetterParagraph = JobcenterParagraph(JobcenterLandkreisName),
            LetterParagraphInformal = JobcenterParagraphInformal(JobcenterLandkreisName),
        },
        new Agency
        {
            Name = JobcenterWerraMeissnerName,
            Kind = AgencyKind.Jobcenter,
            Street = "Niederhoner Straße 54",
            Postcode = "37269",
            City = "Eschwege",
            LetterParagraph = JobcenterParagraph(JobcenterWerraMeissnerName),
            LetterParagraphInformal = JobcenterParagraphInformal(JobcenterWerraMeissnerName),
        },
    ];
}
