namespace JobConnect.Application.Identity;

/// <summary>
/// One signed-in browser. The cookie only names the session; the row decides whether it is still
/// alive, so signing out, idling or running past the absolute lifetime ends it on the server.
/// </summary>
public class UserSession
{
    /// <summary>Random, unguessable; carried in the cookie as <see cref="ScopeClaims.SessionId"/>.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTime StartedUtc { get; set; }
    /// <summary>Last request or circuit activity, written at most once a minute.</summary>
    public DateTime LastSeenUtc { get; set; }
}
