namespace JobConnect.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource(.en).resx; German is the neutral culture.</summary>
public sealed class SharedResource;
