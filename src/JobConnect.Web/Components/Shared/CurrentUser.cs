using JobConnect.Application.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// The signed-in user's scope for the services, injected into every component (<c>_Imports.razor</c>)
/// so pages don't each declare the authentication state. Read per call: the circuit revalidates the
/// sign-in, and a scope read once would outlive a role change.
/// </summary>
/// <remarks>The refusal log is always registered in the app; component tests run without one.</remarks>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IRefusalLog? refusals = null)
{
    public async Task<UserScope> ScopeAsync() =>
        UserScope.FromPrincipal((await authentication.GetAuthenticationStateAsync()).User) with { Refusals = refusals };
}
