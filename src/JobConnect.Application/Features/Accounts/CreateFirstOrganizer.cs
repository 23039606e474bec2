using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobConnect.Application.Features.Accounts;

/// <summary>
/// The operator's first step on an empty installation (command line <c>create-organizer --email</c>):
/// an organizer account without a password, and a one-time link for its owner to choose one. Run again
/// for an existing organizer whose link expired, it issues a new link and changes nothing else.
/// </summary>
public sealed class CreateFirstOrganizer(UserManager<ApplicationUser> users, AccountLinks links)
{
    public async Task<IssuedLink> HandleAsync(string email, CancellationToken ct = default)
    {
        var input = new UserInvitationInput { Email = email, DisplayName = email.Split('@')[0], Role = Roles.Organizer };
        var validation = await new UserInvitationInputValidator().ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
        }
        var existing = await users.FindByEmailAsync(email.Trim());
        if (existing is not null && !await users.IsInRoleAsync(existing, Roles.Organizer))
        {
            throw new InvalidOperationException($"{email} already has an account with another role.");
        }
        var user = existing ?? await InviteUser.CreateAsync(users, input);
        if (user.IsDisabled)
        {
            throw new InvalidOperationException($"{email} is disabled; another organizer re-enables it.");
        }
        return await links.IssueAsync(user.Id, existing is null ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset, ct);
    }
}
