using System.Security.Cryptography;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Employers;

public sealed record EmployerUserCreated(string Email, string InitialPassword);

/// <summary>
/// An organizer creates a sign-in for a company's staff member. The initial password is generated and
/// shown once to the organizer, who passes it on; there is no outgoing mail yet.
/// </summary>
public sealed class CreateEmployerUser(IDbContextFactory<JobConnectDbContext> dbFactory, UserManager<ApplicationUser> users)
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<EmployerUserCreated> HandleAsync(UserScope scope, int employerId, string email, string displayName, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Employers.AnyAsync(e => e.Id == employerId, ct))
            {
                throw new NotFoundException($"Employer {employerId} not found.");
            }
        }
        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            throw new BusinessRuleException(EmployerMessages.UserExists);
        }

        var password = string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
        var user = new ApplicationUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim(), EmployerId = employerId };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new BusinessRuleException(EmployerMessages.EmailInvalid);
        }
        await users.AddToRoleAsync(user, Roles.Employer);
        return new EmployerUserCreated(user.Email, password);
    }
}
