using JobConnect.Application.Features.Invitations;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace JobConnect.Web.Components.Shared;

/// <summary>One message per outcome after inviting a selection ("3 eingeladen", "1 bereits eingeladen").</summary>
public static class InviteFeedback
{
    public static void Report(this ISnackbar snackbar, IStringLocalizer l, IReadOnlyList<InviteResult> results)
    {
        foreach (var outcome in results.GroupBy(r => r.Outcome))
        {
            snackbar.Add(l[$"Invite.{outcome.Key}", outcome.Count()], outcome.Key == InviteOutcome.Invited ? Severity.Success : Severity.Warning);
        }
    }
}
