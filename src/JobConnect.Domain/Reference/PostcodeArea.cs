namespace JobConnect.Domain.Reference;

/// <summary>A postcode of the fair's region with its place, district and an approximate centroid.</summary>
/// <param name="Postcode">Five-digit German postcode.</param>
/// <param name="Place">Municipality (and for Kassel the main quarters) the postcode serves.</param>
/// <param name="District">Kreis or kreisfreie Stadt, e.g. "Landkreis Kassel".</param>
/// <param name="Latitude">Approximate centroid latitude (WGS 84); good to a few kilometres.</param>
/// <param name="Longitude">Approximate centroid longitude (WGS 84); good to a few kilometres.</param>
public sealed record PostcodeArea(string Postcode, string Place, string District, double Latitude, double Longitude);
