namespace JobConnect.Domain.Common;

/// <summary>The two phases of a job-connect fair.</summary>
public enum PhaseKind
{
    /// <summary>Adults with a placement goal.</summary>
    Morning = 1,
    /// <summary>School leavers looking for an apprenticeship.</summary>
    Afternoon = 2,
}

/// <summary>Who a jobseeker is at the fair; decides the eligible phase.</summary>
public enum TargetGroup
{
    Adult = 1,
    SchoolLeaver = 2,
}

/// <summary>Phases as a set, e.g. the phases a vacancy or booth takes part in.</summary>
[Flags]
public enum PhaseSet
{
    None = 0,
    Morning = 1,
    Afternoon = 2,
    Both = Morning | Afternoon,
}

/// <summary>Working-time models; a vacancy offers some, a jobseeker wishes some.</summary>
[Flags]
public enum WorkingTime
{
    None = 0,
    FullTime = 1,
    PartTime = 2,
    Shifts = 4,
}

/// <summary>Common European Framework of Reference levels; None = no knowledge / not required.</summary>
public enum CefrLevel
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

/// <summary>German school certificates, ordered from lowest to highest.</summary>
public enum SchoolCertificate
{
    None = 0,
    Hauptschulabschluss = 1,
    MittlererAbschluss = 2,
    Fachhochschulreife = 3,
    Abitur = 4,
}

/// <summary>Highest vocational qualification, ordered; mirrors the KldB requirement levels.</summary>
public enum QualificationLevel
{
    None = 0,
    /// <summary>Completed vocational training (Berufsausbildung).</summary>
    Vocational = 1,
    /// <summary>Meister, Techniker or bachelor's degree.</summary>
    Specialist = 2,
    /// <summary>Master's degree or higher.</summary>
    Expert = 3,
}

public static class PhaseKindExtensions
{
    public static PhaseSet ToSet(this PhaseKind kind) => kind == PhaseKind.Morning ? PhaseSet.Morning : PhaseSet.Afternoon;

    /// <summary>Adults go to the morning phase, school leavers to the afternoon.</summary>
    public static PhaseKind EligiblePhase(this TargetGroup group) =>
        group == TargetGroup.SchoolLeaver ? PhaseKind.Afternoon : PhaseKind.Morning;
}
