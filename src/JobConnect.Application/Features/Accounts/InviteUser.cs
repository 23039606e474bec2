using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Domain.Employers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Accounts;

public sealed class UserInvitationInput
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Caseworker;
    public int? AgencyId { get; set; }
    public int? EmployerId { get; set; }
    public bool IsAgencyLead { get; set; }
}

public sealed class UserInvitationInputValidator : AbstractValidator<UserInvitationInput>
{
    public UserInvitationInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(AccountMessages.EmailInvalid).EmailAddress().WithMessage(AccountMessages.EmailInvalid)
            .MaximumLength(254).WithMessage(AccountMessages.TooLong);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(AccountMessages.NameRequired).MaximumLength(200).WithMessage(AccountMessages.TooLong);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage(AccountMessages.RoleNotAllowed);
        RuleFor(x => x.AgencyId).NotNull().When(x => x.Role == Roles.Caseworker).WithMessage(AccountMessages.AgencyRequired);
    }
}

/// <summary>
/// Creates an account without a password and hands its owner a one-time link to choose one. Who may
/// invite whom: organizers invite organizers, caseworkers (of any agency, leads too) and staff of admitted
/// companies; an agency lead invites caseworkers of their own agency; a company's staff invite colleagues.
/// </summary>
public sealed class InviteUser(
    IDbContextFactory<JobConnectDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    AccountLinks links,
    AccountMail mail,
    IValidator<UserInvitationInput> validator)
{
    public async Task<LinkDelivery> HandleAsync(UserScope scope, UserInvitationInput input, CancellationToken ct = default)
    {
        Authorize(scope, input);
        await validator.ValidateAndThrowAsync(input, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var bodyExists = input.Role switch
            {
                Roles.Caseworker => await db.Agencies.AnyAsync(a => a.Id == input.AgencyId, ct),
                Roles.Employer => await db.Employers.AnyAsync(e => e.Id == input.EmployerId && e.Status == EmployerStatus.Admitted, ct),
                _ => true,
            };
            if (!bodyExists)
            {
                throw new NotFoundException("The agency or company does not exist.");
            }
        }
        var user = await CreateAsync(users, input);
        var link = await links.IssueAsync(user.Id, AccountLinkPurpose.Invitation, ct);
        return await LinkDelivery.SendOrShowAsync(mail, user.Email!, user.DisplayName, AccountMailKind.Invitation, link, ct);
    }

    /// <summary>A new account without any password; it can be used only after its link was opened.</summary>
    internal static async Task<ApplicationUser> CreateAsync(UserManager<ApplicationUser> users, UserInvitationInput input)
    {
        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new BusinessRuleException(AccountMessages.UserExists);
        }
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            AgencyId = input.Role == Roles.Caseworker ? input.AgencyId : null,
            EmployerId = input.Role == Roles.Employer ? input.EmployerId : null,
            IsAgencyLead = input.Role == Roles.Caseworker && input.IsAgencyLead,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new BusinessRuleException(created.Errors.Any(e => e.Code.Contains("Duplicate", StringComparison.Ordinal))
                ? AccountMessages.UserExists : AccountMessages.EmailInvalid);
        }
        await users.AddToRoleAsync(user, input.Role);
        return user;
    }

    private static void Authorize(UserScope scope, UserInvitationInput input)
    {
        if (scope.IsOrganizer)
        {
            return;
        }
        // A lead invites into their own agency only and makes no further leads; company staff invite their own colleagues.
        // Another agency or company answers like a missing one.
        if (scope.LeadsAgency && input.Role == Roles.Caseworker && !input.IsAgencyLead)
        {
            input.AgencyId ??= scope.AgencyId;
            if (input.AgencyId != scope.AgencyId)
            {
                throw new NotFoundException($"Agency {input.AgencyId} not found.");
            }
            return;
        }
        if (scope.IsEmployer && input.Role == Roles.Employer)
        {
            input.EmployerId ??= scope.EmployerId;
            if (input.EmployerId != scope.EmployerId)
            {
                throw new NotFoundException($"Employer {input.EmployerId} not found.");
            }
            return;
        }
        throw scope.Refused("This role may not invite this kind of user.");
    }
}
