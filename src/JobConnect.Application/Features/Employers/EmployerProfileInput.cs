using FluentValidation;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;

namespace JobConnect.Application.Features.Employers;

/// <summary>The company profile form, including what the company does at the current fair (booth).</summary>
public sealed class EmployerProfileInput
{
    public string Name { get; set; } = "";
    public string Industry { get; set; } = "";
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Website { get; set; }
    public string? Description { get; set; }
    public List<ContactInput> Contacts { get; set; } = [new()];
    public TargetGroups Phases { get; set; } = TargetGroups.Both;
    public int Tables { get; set; } = 1;

    /// <summary>A shallow copy, so a form can validate a value before it is written into the model.</summary>
    public EmployerProfileInput Copy() => (EmployerProfileInput)MemberwiseClone();

    public static EmployerProfileInput From(Employer e, TargetGroups phases, int tables) => new()
    {
        Name = e.Name,
        Industry = e.Industry,
        Street = e.Street,
        Postcode = e.Postcode,
        City = e.City,
        Website = e.Website,
        Description = e.Description,
        Contacts = [.. e.ContactPersons.OrderBy(c => c.Id).Select(c => new ContactInput { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone })],
        Phases = phases,
        Tables = tables,
    };

    public void ApplyTo(Employer e)
    {
        e.Name = Name.Trim();
        e.Industry = Industry.Trim();
        e.Street = Street.Trim();
        e.Postcode = Postcode.Trim();
        e.City = City.Trim();
        e.Website = Blank(Website);
        e.Description = Blank(Description);
        // Contacts are few and have no references elsewhere, so the list is replaced as a whole.
        e.ContactPersons.Clear();
        e.ContactPersons.AddRange(Contacts.Select(c => new ContactPerson { Name = c.Name.Trim(), Role = Blank(c.Role), Email = Blank(c.Email), Phone = Blank(c.Phone) }));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class ContactInput
{
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class EmployerProfileInputValidator : AbstractValidator<EmployerProfileInput>
{
    public const int MaxTables = 10;

    public EmployerProfileInputValidator()
    {
        RuleFor(x => x.Name).CompanyName();
        RuleFor(x => x.Industry).Industry();
        RuleFor(x => x.Street).Street();
        RuleFor(x => x.Postcode).Postcode();
        RuleFor(x => x.City).City();
        RuleFor(x => x.Website).Website();
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage(EmployerMessages.TooLong);
        RuleFor(x => x.Contacts).NotEmpty().WithMessage(EmployerMessages.ContactRequired);
        RuleForEach(x => x.Contacts).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().WithMessage(EmployerMessages.ContactNameRequired).MaximumLength(200).WithMessage(EmployerMessages.TooLong);
            c.RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage(EmployerMessages.EmailInvalid);
        });
        RuleFor(x => x.Phases).NotEqual(TargetGroups.None).WithMessage(VacancyMessages.PhaseRequired);
        RuleFor(x => x.Tables).InclusiveBetween(1, MaxTables).WithMessage(EmployerMessages.TablesRange);
    }
}

public static class EmployerMessages
{
    public const string NameRequired = "Employer.Error.NameRequired";
    public const string IndustryRequired = "Employer.Error.IndustryRequired";
    public const string StreetRequired = "Employer.Error.StreetRequired";
    public const string CityRequired = "Employer.Error.CityRequired";
    public const string WebsiteInvalid = "Employer.Error.WebsiteInvalid";
    public const string ContactRequired = "Employer.Error.ContactRequired";
    public const string ContactNameRequired = "Employer.Error.ContactNameRequired";
    public const string EmailInvalid = "Employer.Error.EmailInvalid";
    public const string TablesRange = "Employer.Error.TablesRange";
    public const string TooLong = "Employer.Error.TooLong";
    public const string BoothLocked = "Employer.Error.BoothLocked";
    public const string UserExists = "Employer.Error.UserExists";
    public const string ReasonRequired = "Employer.Error.ReasonRequired";
}
