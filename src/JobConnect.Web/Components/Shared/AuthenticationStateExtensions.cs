using JobConnect.Application.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace JobConnect.Web.Components.Shared;

public static class AuthenticationStateExtensions
{
    /// <summary>The signed-in user's scope, for passing to services.</summary>
    public static async Task<UserScope> ScopeAsync(this Task<AuthenticationState> state) =>
        UserScope.FromPrincipal((await state).User);
}
