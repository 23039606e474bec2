using Microsoft.AspNetCore.Components.Server.Circuits;

namespace JobConnect.Web.Account;

/// <summary>
/// When the user last did something in this open page. Clicks in a circuit send no HTTP request,
/// so without this the idle timeout could not tell a working caseworker from a forgotten tab.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public DateTime LastActivityUtc { get; private set; } = clock.GetUtcNow().UtcDateTime;

    public void Touch() => LastActivityUtc = clock.GetUtcNow().UtcDateTime;
}

/// <summary>Feeds <see cref="CircuitActivity"/> with every message the browser sends into the circuit.</summary>
internal sealed class CircuitActivityHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}
