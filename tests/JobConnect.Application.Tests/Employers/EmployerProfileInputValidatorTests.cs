using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;

namespace JobConnect.Application.Tests.Employers;

public sealed class EmployerProfileInputValidatorTests
{
    private readonly EmployerProfileInputValidator _validator = new();

    public static EmployerProfileInput Valid() => new()
    {
        Name = "Kasseler Kältetechnik GmbH",
        Industry = "Anlagenbau",
        Street = "Holländische Straße 1",
        Postcode = "34127",
        City = "Kassel",
        Website = "https://kaelte.example",
        Contacts = [new ContactInput { Name = "Petra Sommer", Email = "p.sommer@kaelte.example" }],
        Phases = TargetGroups.Both,
        Tables = 2,
    };

    private IReadOnlyList<(string, string)> Errors(Action<EmployerProfileInput> change)
    {
        var input = Valid();
        change(input);
        return [.. _validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];
    }

    [Fact]
    public void A_complete_profile_is_valid() => Assert.Empty(Errors(_ => { }));

    [Fact]
    public void Name_industry_street_and_city_are_required()
    {
        Assert.Equal([("Name", EmployerMessages.NameRequired)], Errors(e => e.Name = ""));
        Assert.Equal([("Industry", EmployerMessages.IndustryRequired)], Errors(e => e.Industry = ""));
        Assert.Equal([("Street", EmployerMessages.StreetRequired)], Errors(e => e.Street = ""));
        Assert.Equal([("City", EmployerMessages.CityRequired)], Errors(e => e.City = ""));
    }

    [Fact]
    public void Postcode_must_be_german() => Assert.Equal([("Postcode", VacancyMessages.PostcodeInvalid)], Errors(e => e.Postcode = "3412"));

    [Fact]
    public void Website_must_be_a_web_address() =>
        Assert.Equal([("Website", EmployerMessages.WebsiteInvalid)], Errors(e => e.Website = "ftp://x.example"));

    [Fact]
    public void At_least_one_contact_with_a_name_and_a_valid_email()
    {
        Assert.Equal([("Contacts", EmployerMessages.ContactRequired)], Errors(e => e.Contacts.Clear()));
        Assert.Equal([("Contacts[0].Name", EmployerMessages.ContactNameRequired)], Errors(e => e.Contacts[0].Name = ""));
        Assert.Equal([("Contacts[0].Email", EmployerMessages.EmailInvalid)], Errors(e => e.Contacts[0].Email = "no-at-sign"));
    }

    [Fact]
    public void Attends_at_least_one_phase_with_one_to_ten_tables()
    {
        Assert.Equal([("Phases", VacancyMessages.PhaseRequired)], Errors(e => e.Phases = TargetGroups.None));
        Assert.Equal([("Tables", EmployerMessages.TablesRange)], Errors(e => e.Tables = 0));
        Assert.Equal([("Tables", EmployerMessages.TablesRange)], Errors(e => e.Tables = 11));
    }
}
