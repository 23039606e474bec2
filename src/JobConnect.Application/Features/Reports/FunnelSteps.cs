using JobConnect.Domain.Reports;

namespace JobConnect.Application.Features.Reports;

/// <summary>The steps of the funnel in order, with the data they need: one list for the page, the files and the PDF.</summary>
public enum FunnelStep
{
    Invited,
    Confirmed,
    Arrived,
    Talked,
    InterviewAgreed,
    InterviewHeld,
    Jobs,
    Apprenticeships,
}

public static class FunnelSteps
{
    public static readonly IReadOnlyList<FunnelStep> All = Enum.GetValues<FunnelStep>();

    /// <summary>A company's or vacancy's table starts at the conversations: invitations are the agencies' business.</summary>
    public static readonly IReadOnlyList<FunnelStep> FromTalks = [.. All.SkipWhile(s => s != FunnelStep.Talked)];

    public static int Of(this FunnelFigures f, FunnelStep step) => step switch
    {
        FunnelStep.Invited => f.Invited,
        FunnelStep.Confirmed => f.Confirmed,
        FunnelStep.Arrived => f.Arrived,
        FunnelStep.Talked => f.Talked,
        FunnelStep.InterviewAgreed => f.InterviewAgreed,
        FunnelStep.InterviewHeld => f.InterviewHeld,
        FunnelStep.Jobs => f.Jobs,
        _ => f.Apprenticeships,
    };

    /// <summary>Whether the fair recorded what this step counts; without it the step is "not recorded", not zero.</summary>
    public static bool IsRecorded(this FunnelCoverage c, FunnelStep step) => step switch
    {
        FunnelStep.Invited or FunnelStep.Confirmed => true,
        FunnelStep.Arrived => c.Arrivals,
        FunnelStep.Talked or FunnelStep.InterviewAgreed => c.Outcomes,
        _ => c.FollowUps || (c.Outcomes && step is FunnelStep.Jobs or FunnelStep.Apprenticeships),
    };

    /// <summary>The count, or null when the fair has no data for the step.</summary>
    public static int? Recorded(this FunnelFigures f, FunnelCoverage c, FunnelStep step) => c.IsRecorded(step) ? f.Of(step) : null;

    /// <summary>Share of <paramref name="step"/> in the table's first step (invited, or talked for companies), in percent; null without data or base.</summary>
    public static double? Rate(this FunnelFigures f, FunnelCoverage c, FunnelStep step, FunnelStep baseStep) =>
        f.Recorded(c, step) is { } count && f.Recorded(c, baseStep) is { } of && of > 0 ? 100.0 * count / of : null;

    /// <summary>German column headers of files and the PDF.</summary>
    public static string German(this FunnelStep step) => step switch
    {
        FunnelStep.Invited => "Eingeladen",
        FunnelStep.Confirmed => "Zugesagt",
        FunnelStep.Arrived => "Erschienen",
        FunnelStep.Talked => "Gespräch geführt",
        FunnelStep.InterviewAgreed => "Vorstellungsgespräch vereinbart",
        FunnelStep.InterviewHeld => "Vorstellungsgespräch geführt",
        FunnelStep.Jobs => "Arbeitsvertrag",
        _ => "Ausbildungsvertrag",
    };

    /// <summary>Short German column headers for narrow printed tables; the PDF explains them below the table.</summary>
    public static string GermanShort(this FunnelStep step) => step switch
    {
        FunnelStep.Talked => "Gespräch",
        FunnelStep.InterviewAgreed => "Termin vereinbart",
        FunnelStep.InterviewHeld => "Termin geführt",
        FunnelStep.Jobs => "Arbeit",
        FunnelStep.Apprenticeships => "Ausbildung",
        _ => step.German(),
    };

    /// <summary>What a file or the PDF shows for a step without data.</summary>
    public const string NotRecordedGerman = "nicht erfasst";
}
