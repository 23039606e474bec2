using FluentValidation;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Employers;

/// <summary>What a company enters on the public registration page.</summary>
public sealed class EmployerRegistrationInput
{
    public string CompanyName { get; set; } = "";
    public string Industry { get; set; } = "";
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Website { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string? ContactPhone { get; set; }
    /// <summary>The booth talks to adults (the names are the form's field names from when each group had one phase).</summary>
    public bool Morning { get; set; } = true;
    /// <summary>The booth talks to school leavers.</summary>
    public bool Afternoon { get; set; }
    public int Tables { get; set; } = 1;

    public TargetGroups Phases => (Morning ? TargetGroups.Adults : TargetGroups.None) | (Afternoon ? TargetGroups.SchoolLeavers : TargetGroups.None);
}

public sealed class EmployerRegistrationInputValidator : AbstractValidator<EmployerRegistrationInput>
{
    public EmployerRegistrationInputValidator()
    {
        RuleFor(x => x.CompanyName).CompanyName();
        RuleFor(x => x.Industry).Industry();
        RuleFor(x => x.Street).Street();
        RuleFor(x => x.Postcode).Postcode();
        RuleFor(x => x.City).City();
        RuleFor(x => x.Website).Website();
        RuleFor(x => x.ContactName).NotEmpty().WithMessage(EmployerMessages.ContactNameRequired).MaximumLength(200).WithMessage(EmployerMessages.TooLong);
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage(EmployerMessages.EmailInvalid).EmailAddress().WithMessage(EmployerMessages.EmailInvalid)
            .MaximumLength(254).WithMessage(EmployerMessages.TooLong);
        RuleFor(x => x.ContactPhone).MaximumLength(50).WithMessage(EmployerMessages.TooLong);
        RuleFor(x => x.Morning).Must((x, _) => x.Phases != TargetGroups.None).WithMessage(VacancyMessages.PhaseRequired);
        RuleFor(x => x.Tables).InclusiveBetween(1, EmployerProfileInputValidator.MaxTables).WithMessage(EmployerMessages.TablesRange);
    }
}

/// <summary>
/// A company registers itself on the public page. Nothing is visible or usable until an organizer admits
/// it (<see cref="ReviewRegistrations"/>); only then does the contact get a link to set a password.
/// </summary>
public sealed class RegisterEmployer(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<EmployerRegistrationInput> validator, TimeProvider clock)
{
    public async Task HandleAsync(EmployerRegistrationInput input, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var email = input.ContactEmail.Trim();
        db.Employers.Add(new Employer
        {
            Name = input.CompanyName.Trim(),
            Industry = input.Industry.Trim(),
            Street = input.Street.Trim(),
            Postcode = input.Postcode.Trim(),
            City = input.City.Trim(),
            Website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim(),
            Status = EmployerStatus.Requested,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            RequestedPhases = input.Phases,
            RequestedTables = input.Tables,
            RegistrationEmail = email,
            ContactPersons = [new ContactPerson { Name = input.ContactName.Trim(), Email = email, Phone = string.IsNullOrWhiteSpace(input.ContactPhone) ? null : input.ContactPhone.Trim() }],
        });
        await db.SaveChangesAsync(ct);
    }
}
