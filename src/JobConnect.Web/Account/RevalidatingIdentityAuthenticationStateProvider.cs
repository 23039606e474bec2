using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace JobConnect.Web.Account;

/// <summary>
/// Re-checks an open page's session every minute (<see cref="SessionLifetimeOptions.RevalidationInterval"/>):
/// the same checks as every HTTP request — session not ended, not idle (clicks in the page count),
/// within its absolute lifetime, account unlocked, security stamp unchanged. A failed check turns the
/// page anonymous, which sends it to the login page.
/// </summary>
internal sealed class RevalidatingIdentityAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    CircuitActivity activity,
    IOptions<SessionLifetimeOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<UserSessions>();
        return await sessions.ValidateAsync(authenticationState.User, activity.LastActivityUtc, cancellationToken);
    }
}
