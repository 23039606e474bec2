using System.Globalization;
using FluentValidation;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Fairs;

/// <summary>The editable form of one phase; times as "HH:mm" text, as the browser's time field gives them.</summary>
public sealed class PhaseSettingsForm
{
    public int PhaseId { get; set; }
    public string Name { get; set; } = "";
    public TargetGroup TargetGroup { get; set; }
    public string Start { get; set; } = "";
    public string End { get; set; } = "";
    public int SlotMinutes { get; set; }
    public int SeatCapacity { get; set; }
    public int ConversationsPerPerson { get; set; }
    public int MinimumScore { get; set; }
    public int EntranceCapacityPerWave { get; set; }
    public List<BreakRow> Breaks { get; set; } = [];

    /// <summary>The fair's other phases: the name must differ from theirs and the times must not overlap them.</summary>
    public IReadOnlyList<FairPhase> OtherPhases { get; set; } = [];

    public sealed class BreakRow
    {
        public string Start { get; set; } = "";
        public string End { get; set; } = "";
    }

    public static PhaseSettingsForm From(PhaseSettings s, IEnumerable<PhaseSettings> others) => new()
    {
        PhaseId = s.PhaseId,
        Name = s.Name,
        TargetGroup = s.TargetGroup,
        OtherPhases = [.. others.Where(o => o.PhaseId != s.PhaseId).Select(o => new FairPhase { Id = o.PhaseId, Name = o.Name, Start = o.Start, End = o.End })],
        Start = Format(s.Start),
        End = Format(s.End),
        SlotMinutes = s.SlotMinutes,
        SeatCapacity = s.SeatCapacity,
        ConversationsPerPerson = s.ConversationsPerPerson,
        MinimumScore = s.MinimumScore,
        EntranceCapacityPerWave = s.EntranceCapacityPerWave,
        Breaks = s.Breaks.Select(b => new BreakRow { Start = Format(b.Start), End = Format(b.End) }).ToList(),
    };

    /// <summary>The phase as the domain rules see it; null while a time is not readable.</summary>
    public FairPhase? ToPhase() =>
        TryParse(Start, out var start) && TryParse(End, out var end) && Breaks.All(b => TryParse(b.Start, out _) && TryParse(b.End, out _))
            ? new FairPhase
            {
                Id = PhaseId,
                Name = Name,
                TargetGroup = TargetGroup,
                Start = start,
                End = end,
                SlotMinutes = SlotMinutes,
                SeatCapacity = SeatCapacity,
                ConversationsPerPerson = ConversationsPerPerson,
                MinimumScore = MinimumScore,
                EntranceCapacityPerWave = EntranceCapacityPerWave,
                Breaks = Breaks.Select(b => new PhaseBreak { Start = Parse(b.Start), End = Parse(b.End) }).ToList(),
            }
            : null;

    public PhaseSettings ToSettings(PhaseSettings original)
    {
        var phase = ToPhase() ?? throw new InvalidOperationException("Validate the form first.");
        return original with
        {
            Name = Name.Trim(),
            TargetGroup = TargetGroup,
            Start = phase.Start,
            End = phase.End,
            SlotMinutes = SlotMinutes,
            SeatCapacity = SeatCapacity,
            ConversationsPerPerson = ConversationsPerPerson,
            MinimumScore = MinimumScore,
            EntranceCapacityPerWave = EntranceCapacityPerWave,
            Breaks = phase.Breaks,
        };
    }

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static TimeOnly Parse(string text) => TryParse(text, out var time) ? time : throw new FormatException(text);

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>Readable times first, then the domain's phase rules, each message at the field it is about.</summary>
public sealed class PhaseSettingsFormValidator : AbstractValidator<PhaseSettingsForm>
{
    public PhaseSettingsFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.TargetGroup).IsInEnum();
        RuleFor(x => x.Start).Must(t => PhaseSettingsForm.TryParse(t, out _)).WithMessage(_ => l["Phase.TimeFormat"]);
        RuleFor(x => x.End).Must(t => PhaseSettingsForm.TryParse(t, out _)).WithMessage(_ => l["Phase.TimeFormat"]);
        // One message for all break rows: the rows share one message line in the form.
        RuleFor(x => x.Breaks)
            .Must(rows => rows.All(b => PhaseSettingsForm.TryParse(b.Start, out _) && PhaseSettingsForm.TryParse(b.End, out _)))
            .WithMessage(_ => l["Phase.TimeFormat"]);

        RuleFor(x => x).Custom((form, context) =>
        {
            if (form.ToPhase() is not { } phase)
            {
                return;
            }
            foreach (var problem in PhaseRules.Check(phase, form.OtherPhases))
            {
                var (field, message) = Describe(problem, l);
                context.AddFailure(field, message);
            }
        });
    }

    public static (string Field, string Message) Describe(PhaseProblem problem, IStringLocalizer l) => problem switch
    {
        PhaseProblem.EndNotAfterStart => (nameof(PhaseSettingsForm.End), l["Phase.EndNotAfterStart"]),
        PhaseProblem.SlotLengthOutOfRange => (nameof(PhaseSettingsForm.SlotMinutes), l["Phase.SlotLength", PhaseRules.MinSlotMinutes, PhaseRules.MaxSlotMinutes]),
        PhaseProblem.TooManySlots => (nameof(PhaseSettingsForm.SlotMinutes), l["Phase.TooManySlots", PhaseRules.MaxSlots]),
        PhaseProblem.NoSlotLeft => (nameof(PhaseSettingsForm.End), l["Phase.NoSlotLeft"]),
        PhaseProblem.BreakEndNotAfterStart => (nameof(PhaseSettingsForm.Breaks), l["Phase.BreakEndNotAfterStart"]),
        PhaseProblem.BreakOutsidePhase => (nameof(PhaseSettingsForm.Breaks), l["Phase.BreakOutside"]),
        PhaseProblem.BreaksOverlap => (nameof(PhaseSettingsForm.Breaks), l["Phase.BreaksOverlap"]),
        PhaseProblem.SeatCapacityOutOfRange => (nameof(PhaseSettingsForm.SeatCapacity), l["Phase.Range", 0, PhaseRules.MaxSeats]),
        PhaseProblem.ConversationsPerPersonOutOfRange => (nameof(PhaseSettingsForm.ConversationsPerPerson), l["Phase.Range", 1, PhaseRules.MaxConversationsPerPerson]),
        PhaseProblem.MinimumScoreOutOfRange => (nameof(PhaseSettingsForm.MinimumScore), l["Phase.Range", PhaseRules.LowestMinimumScore, 100]),
        PhaseProblem.EntranceCapacityOutOfRange => (nameof(PhaseSettingsForm.EntranceCapacityPerWave), l["Phase.Range", 1, PhaseRules.MaxEntranceCapacity]),
        PhaseProblem.NameRequired => (nameof(PhaseSettingsForm.Name), l[PhaseMessages.NameRequired]),
        PhaseProblem.NameTooLong => (nameof(PhaseSettingsForm.Name), l[PhaseMessages.NameTooLong, FairPhase.NameMaxLength]),
        PhaseProblem.NameTaken => (nameof(PhaseSettingsForm.Name), l[PhaseMessages.NameTaken]),
        PhaseProblem.OverlapsOtherPhase => (nameof(PhaseSettingsForm.Start), l[PhaseMessages.Overlaps]),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
