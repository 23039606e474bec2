using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Employers;

public sealed record RegistrationRow(int Id, string Name, string Industry, string City, string Contact, string? Email, TargetGroups Phases, int Tables,
    DateTime RegisteredUtc, EmployerStatus Status, string? DeclineReason);

public sealed class DeclineInput
{
    public string Reason { get; set; } = "";
}

public sealed class DeclineInputValidator : AbstractValidator<DeclineInput>
{
    public DeclineInputValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage(EmployerMessages.ReasonRequired).MaximumLength(1000).WithMessage(EmployerMessages.TooLong);
}

/// <summary>The organizers' approval queue of self-registered companies: admit (booth + invitation of the contact) or decline with a reason.</summary>
public sealed class ReviewRegistrations(
    IDbContextFactory<JobConnectDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    AccountLinks links,
    AccountMail mail,
    IValidator<DeclineInput> declineValidator,
    TimeProvider clock)
{
    /// <summary>Waiting registrations first, then the declined ones for the record.</summary>
    public async Task<IReadOnlyList<RegistrationRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Employers.AsNoTracking().Where(e => e.Status != EmployerStatus.Admitted)
            .Select(e => new
            {
                e.Id, e.Name, e.Industry, e.City, e.RegistrationEmail, e.RequestedPhases, e.RequestedTables, e.CreatedUtc, e.Status, e.DeclineReason,
                Contact = e.ContactPersons.OrderBy(c => c.Id).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Status != EmployerStatus.Requested).ThenBy(r => r.CreatedUtc)
            .Select(r => new RegistrationRow(r.Id, r.Name, r.Industry, r.City, r.Contact ?? "", r.RegistrationEmail, r.RequestedPhases, r.RequestedTables,
                r.CreatedUtc, r.Status, r.DeclineReason))];
    }

    /// <summary>Admits the company: a booth at the current fair as asked for, and an account for the registering contact.</summary>
    public async Task<LinkDelivery?> AdmitAsync(UserScope scope, int employerId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employer = await db.Employers.Include(e => e.ContactPersons).FirstOrDefaultAsync(e => e.Id == employerId && e.Status != EmployerStatus.Admitted, ct)
            ?? throw new NotFoundException($"Registration {employerId} not found.");
        if (employer.RegistrationEmail is { } taken && await users.FindByEmailAsync(taken) is not null)
        {
            throw new BusinessRuleException(AccountMessages.UserExists);
        }
        employer.Status = EmployerStatus.Admitted;
        employer.DeclineReason = null;
        var fair = await db.CurrentFairAsync(clock.FairToday(), ct);
        if (fair is not null && !await db.Booths.AnyAsync(b => b.FairId == fair.Id && b.EmployerId == employerId, ct))
        {
            db.Booths.Add(new Booth
            {
                FairId = fair.Id, EmployerId = employerId, Label = await EmployerProfiles.NextBoothLabelAsync(db, fair.Id, ct),
                Phases = employer.RequestedPhases, Tables = employer.RequestedTables,
            });
        }
        await db.SaveChangesAsync(ct);

        if (employer.RegistrationEmail is not { } email)
        {
            return null;
        }
        var contact = employer.ContactPersons.OrderBy(c => c.Id).FirstOrDefault()?.Name ?? email;
        var user = await InviteUser.CreateAsync(users,
            new UserInvitationInput { Email = email, DisplayName = contact, Role = Roles.Employer, EmployerId = employerId });
        var link = await links.IssueAsync(user.Id, AccountLinkPurpose.Invitation, ct);
        return await LinkDelivery.SendOrShowAsync(mail, email, contact, AccountMailKind.Invitation, link, ct);
    }

    public async Task DeclineAsync(UserScope scope, int employerId, DeclineInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await declineValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == employerId && e.Status == EmployerStatus.Requested, ct)
            ?? throw new NotFoundException($"Registration {employerId} not found.");
        employer.Status = EmployerStatus.Rejected;
        employer.DeclineReason = input.Reason.Trim();
        await db.SaveChangesAsync(ct);
    }
}
