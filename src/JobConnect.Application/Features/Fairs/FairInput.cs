using FluentValidation;
using JobConnect.Application.Common;
using JobConnect.Domain.Fairs;

namespace JobConnect.Application.Features.Fairs;

/// <summary>A fair's own settings as the organizer types them; the deadline in Kassel's local time.</summary>
public sealed class FairInput
{
    public string Name { get; set; } = "";
    public DateTime? Date { get; set; }
    public string Venue { get; set; } = "";
    public string VenueAddress { get; set; } = "";
    public DateTime? ReportingDeadlineLocal { get; set; }
    public int RetentionDays { get; set; } = 180;

    public FairInput Copy() => (FairInput)MemberwiseClone();

    public static FairInput From(Fair f) => new()
    {
        Name = f.Name,
        Date = f.Date.ToDateTime(TimeOnly.MinValue),
        Venue = f.Venue,
        VenueAddress = f.VenueAddress,
        ReportingDeadlineLocal = f.ReportingDeadlineUtc?.ToFairTime(),
        RetentionDays = f.RetentionDays,
    };

    public void ApplyTo(Fair f)
    {
        f.Name = Name.Trim();
        f.Date = DateOnly.FromDateTime(Date!.Value);
        f.Venue = Venue.Trim();
        f.VenueAddress = VenueAddress.Trim();
        f.ReportingDeadlineUtc = ReportingDeadlineLocal is { } local ? FairClock.FromFairTime(local) : null;
        f.RetentionDays = RetentionDays;
    }
}

public sealed class FairInputValidator : AbstractValidator<FairInput>
{
    /// <summary>Statistics stay; personal data goes at the latest after two years.</summary>
    public const int MinRetentionDays = 7, MaxRetentionDays = 730;

    public FairInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(FairMessages.NameRequired).MaximumLength(200).WithMessage(FairMessages.TooLong);
        RuleFor(x => x.Date).NotNull().WithMessage(FairMessages.DateRequired);
        RuleFor(x => x.Venue).NotEmpty().WithMessage(FairMessages.VenueRequired).MaximumLength(200).WithMessage(FairMessages.TooLong);
        RuleFor(x => x.VenueAddress).NotEmpty().WithMessage(FairMessages.AddressRequired).MaximumLength(300).WithMessage(FairMessages.TooLong);
        RuleFor(x => x.ReportingDeadlineLocal).Must((x, d) => d is null || x.Date is null || DateOnly.FromDateTime(d.Value) < DateOnly.FromDateTime(x.Date.Value))
            .WithMessage(FairMessages.DeadlineAfterFair);
        RuleFor(x => x.RetentionDays).InclusiveBetween(MinRetentionDays, MaxRetentionDays).WithMessage(FairMessages.RetentionRange);
    }
}

public static class FairMessages
{
    public const string NameRequired = "Fair.Error.NameRequired";
    public const string DateRequired = "Fair.Error.DateRequired";
    public const string VenueRequired = "Fair.Error.VenueRequired";
    public const string AddressRequired = "Fair.Error.AddressRequired";
    public const string DeadlineAfterFair = "Fair.Error.DeadlineAfterFair";
    public const string RetentionRange = "Fair.Error.RetentionRange";
    public const string TooLong = "Fair.Error.TooLong";
    public const string PhaseHasInvitations = "Fair.Error.PhaseHasInvitations";
    public const string NextFairExists = "Fair.Error.NextFairExists";
}
