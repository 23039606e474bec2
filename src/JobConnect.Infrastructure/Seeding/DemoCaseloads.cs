using System.Globalization;
using JobConnect.Domain.Reference;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>How many people each agency brings, where they live and how the agency numbers its clients.</summary>
internal sealed class DemoCaseload
{
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);
    private readonly Func<Random, int, string> _format;
    private int _sequence;

    private DemoCaseload(string agencyName, int adults, int schoolLeavers, (string District, int Weight)[] districts,
        int firstNumber, Func<Random, int, string> format)
    {
        AgencyName = agencyName;
        Adults = adults;
        SchoolLeavers = schoolLeavers;
        Districts = districts;
        _sequence = firstNumber;
        _format = format;
    }

    public string AgencyName { get; }
    public int Adults { get; }
    public int SchoolLeavers { get; }
    public (string District, int Weight)[] Districts { get; }

    /// <summary>A reference number not yet issued by this agency.</summary>
    public string NextReferenceNumber(Random random)
    {
        string number;
        do
        {
            _sequence += random.Next(1, 40);
            number = _format(random, _sequence);
        }
        while (!_issued.Add(number));
        return number;
    }

    public static IReadOnlyList<DemoCaseload> All() =>
    [
        // The BA's customer number pattern: three digits, a letter, six digits (e.g. 123D456789).
        new(DemoAgencies.AgenturName, 110, 62, [("Stadt Kassel", 50), ("Landkreis Kassel", 35), ("Werra-Meißner-Kreis", 15)], 0,
            (random, _) => string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 1000)}D{random.Next(0, 1_000_000):D6}")),
        new(DemoAgencies.JobcenterStadtName, 125, 26, [("Stadt Kassel", 1)], 104_000, JobcenterNumber("KS")),
        new(DemoAgencies.JobcenterLandkreisName, 65, 12, [("Landkreis Kassel", 1)], 51_000, JobcenterNumber("LK")),
        new(DemoAgencies.JobcenterWerraMeissnerName, 50, 10, [("Werra-Meißner-Kreis", 1)], 23_000, JobcenterNumber("WM")),
    ];

    private static Func<Random, int, string> JobcenterNumber(string prefix) =>
        (_, sequence) => string.Create(CultureInfo.InvariantCulture, $"JC-{prefix}-{sequence:D6}");
}

/// <summary>Where demo people live: postcodes of a district, the bigger towns more often.</summary>
internal static class DemoResidences
{
    private static readonly Dictionary<string, int> TownWeights = new(StringComparer.Ordinal)
    {
        ["34117"] = 8, ["34119"] = 6, ["34121"] = 8, ["34123"] = 10, ["34125"] = 10, ["34127"] = 12,
        ["34128"] = 6, ["34130"] = 8, ["34131"] = 5, ["34132"] = 5, ["34134"] = 10,
        ["34225"] = 10, ["34246"] = 8, ["34369"] = 7, ["34466"] = 6, ["34253"] = 6, ["34260"] = 5, ["34233"] = 5,
        ["34266"] = 4, ["34277"] = 3, ["34292"] = 3,
        ["37269"] = 12, ["37213"] = 8, ["37235"] = 6, ["36205"] = 4, ["37242"] = 4,
    };

    private static readonly string[] Streets =
    [
        "Bahnhofstraße", "Hauptstraße", "Schulstraße", "Gartenstraße", "Kirchweg", "Am Sportplatz", "Lindenstraße",
        "Birkenweg", "Mühlenweg", "Am Anger", "Ringstraße", "Feldstraße", "Bergstraße", "Wiesenweg", "Goethestraße",
        "Schillerstraße", "Kasseler Straße", "Brückenstraße", "Am Hang", "Eichenweg", "Frankfurter Straße", "Leipziger Straße",
    ];

    public static PostcodeArea PickArea((string District, int Weight)[] districts, Random random)
    {
        var district = DemoText.Weighted(districts, random);
        var areas = PostcodeDirectory.All
            .Where(a => a.District == district)
            .Select(a => (a, TownWeights.GetValueOrDefault(a.Postcode, 2)))
            .ToList();
        return DemoText.Weighted(areas, random);
    }

    public static string Street(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{DemoText.One(Streets, random)} {random.Next(1, 90)}");

    /// <summary>The municipality for a letter's address line ("Kassel", not "Kassel (Mitte)").</summary>
    public static string City(PostcodeArea area)
    {
        foreach (var town in (string[])["Kassel", "Göttingen", "Wesertal"])
        {
            if (area.Place.StartsWith(town + " (", StringComparison.Ordinal))
            {
                return town;
            }
        }
        return area.Place;
    }
}
