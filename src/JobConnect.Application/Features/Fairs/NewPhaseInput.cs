using FluentValidation;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;

namespace JobConnect.Application.Features.Fairs;

/// <summary>A phase the organizer adds to the fair: its name and whom it is for; times and seats follow on the phase page.</summary>
public sealed class NewPhaseInput
{
    public string Name { get; set; } = "";
    public TargetGroup TargetGroup { get; set; } = TargetGroup.Adult;

    /// <summary>Names of the fair's phases so far, so the form can say at the field that a name is taken (the service checks again).</summary>
    public IReadOnlyCollection<string> TakenNames { get; set; } = [];
}

public sealed class NewPhaseInputValidator : AbstractValidator<NewPhaseInput>
{
    public NewPhaseInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(PhaseMessages.NameRequired)
            .MaximumLength(FairPhase.NameMaxLength).WithMessage(PhaseMessages.NameTooLong)
            .Must((x, name) => !x.TakenNames.Any(t => string.Equals(t.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)))
            .WithMessage(PhaseMessages.NameTaken);
        RuleFor(x => x.TargetGroup).IsInEnum();
    }
}

/// <summary>Resource keys of the phase-level messages shared by the fair page and the phase page.</summary>
public static class PhaseMessages
{
    public const string NameRequired = "Phase.NameRequired";
    public const string NameTooLong = "Phase.NameTooLong";
    public const string NameTaken = "Phase.NameTaken";
    public const string Overlaps = "Phase.Overlaps";
    public const string TargetGroupHasInvitations = "Phase.TargetGroupHasInvitations";
}
