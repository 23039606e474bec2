using FluentValidation;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;

namespace JobConnect.Application.Features.Agencies;

/// <summary>An inviting body as the organizer edits it: name, kind, the sender block of its letters, its paragraphs and quotas.</summary>
public sealed class AgencyInput
{
    public string Name { get; set; } = "";
    public AgencyKind Kind { get; set; } = AgencyKind.Jobcenter;
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Phone { get; set; }
    public string? LetterParagraph { get; set; }
    public string? LetterParagraphInformal { get; set; }

    /// <summary>One entry per phase of the current fair; no seats = no quota (only the phase's capacity limits).</summary>
    public List<QuotaInput> Quotas { get; set; } = [];

    public AgencyInput Copy() => (AgencyInput)MemberwiseClone();
}

public sealed class QuotaInput
{
    public int PhaseId { get; set; }
    public string Phase { get; set; } = "";
    public int? Seats { get; set; }
    public int SeatsTaken { get; set; }
}

public sealed class AgencyInputValidator : AbstractValidator<AgencyInput>
{
    public AgencyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(AgencyMessages.NameRequired).MaximumLength(200).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(AgencyMessages.KindRequired);
        RuleFor(x => x.Street).NotEmpty().WithMessage(AgencyMessages.StreetRequired).MaximumLength(200).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.Postcode).Must(VacancyInputValidator.IsGermanPostcode).WithMessage(VacancyMessages.PostcodeInvalid);
        RuleFor(x => x.City).NotEmpty().WithMessage(AgencyMessages.CityRequired).MaximumLength(100).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.Phone).MaximumLength(50).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.LetterParagraph).MaximumLength(4000).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.LetterParagraphInformal).MaximumLength(4000).WithMessage(AgencyMessages.TooLong);
        RuleForEach(x => x.Quotas).ChildRules(q =>
            q.RuleFor(x => x.Seats).InclusiveBetween(0, Domain.Fairs.PhaseRules.MaxSeats).When(x => x.Seats is not null).WithMessage(AgencyMessages.QuotaRange));
    }
}

public sealed class LetterTextsInput
{
    public string? Formal { get; set; }
    public string? Informal { get; set; }
}

public sealed class LetterTextsInputValidator : AbstractValidator<LetterTextsInput>
{
    public LetterTextsInputValidator()
    {
        RuleFor(x => x.Formal).MaximumLength(4000).WithMessage(AgencyMessages.TooLong);
        RuleFor(x => x.Informal).MaximumLength(4000).WithMessage(AgencyMessages.TooLong);
    }
}

public static class AgencyMessages
{
    public const string NameRequired = "Agency.Error.NameRequired";
    public const string KindRequired = "Agency.Error.KindRequired";
    public const string StreetRequired = "Agency.Error.StreetRequired";
    public const string CityRequired = "Agency.Error.CityRequired";
    public const string TooLong = "Agency.Error.TooLong";
    public const string QuotaRange = "Agency.Error.QuotaRange";
    public const string QuotaBelowTaken = "Agency.Error.QuotaBelowTaken";
    public const string NameExists = "Agency.Error.NameExists";
}
