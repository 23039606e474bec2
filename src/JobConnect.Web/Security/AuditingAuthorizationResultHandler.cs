using System.Security.Claims;
using JobConnect.Application.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace JobConnect.Web.Security;

/// <summary>
/// Writes a signed-in user's refused request (a page or download their role does not allow) to the audit
/// log, then answers as usual: the cookie handler sends them to the access-denied page.
/// </summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            await context.RequestServices.GetRequiredService<RecordAccessDenied>()
                .HandleAsync(userId, context.Request.Path.Value ?? "/", context.RequestAborted);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
