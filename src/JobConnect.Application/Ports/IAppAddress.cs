namespace JobConnect.Application.Ports;

/// <summary>
/// Port: the address people open the app under, for the personal links in letters and mails. The
/// configured <c>Accounts:PublicBaseAddress</c> first; the web app falls back to the address the user
/// works under. Null when neither is known (e.g. a background run without configuration): letters then
/// carry the check-in code alone.
/// </summary>
public interface IAppAddress
{
    string? BaseAddress { get; }
}
