namespace JobConnect.Web.Account;

/// <summary>
/// When the person last clicked or typed in this open page (reported by <c>UserActivity</c> in the
/// layout). Clicks in a circuit send no HTTP request, so without this the idle timeout could not
/// tell a working caseworker from a forgotten tab; renders and polling deliberately do not count.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public DateTime LastActivityUtc { get; private set; } = clock.GetUtcNow().UtcDateTime;

    public void Touch() => LastActivityUtc = clock.GetUtcNow().UtcDateTime;
}
