using JobConnect.Testing;
using JobConnect.Domain.Fairs;

namespace JobConnect.Testing;

/// <summary>The two phases every test fair (and the demo and migrated fairs) starts with, by their names.</summary>
public static class TestPhases
{
    public const string Morning = "Vormittag";
    public const string Afternoon = "Nachmittag";

    /// <summary>The fair's phase of that name; tests know their fair, so a missing phase is a test error.</summary>
    public static FairPhase Phase(this Fair fair, string name) => fair.Phases.Single(p => p.Name == name);
}
