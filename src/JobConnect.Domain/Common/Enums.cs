namespace JobConnect.Domain.Common;

/// <summary>Who a jobseeker is at the fair; decides which phases they may be invited to (a phase is for one target group).</summary>
public enum TargetGroup
{
    /// <summary>Adults with a placement goal.</summary>
    Adult = 1,
    /// <summary>School leavers looking for an apprenticeship.</summary>
    SchoolLeaver = 2,
}

/// <summary>
/// Target groups as a set, e.g. whom a vacancy or booth is for: it takes part in every phase of those groups.
/// Same values as <see cref="TargetGroup"/> so a group is its own one-element set.
/// </summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    Adults = 1,
    SchoolLeavers = 2,
    Both = Adults | SchoolLeavers,
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

public static class TargetGroupExtensions
{
    public static TargetGroups ToSet(this TargetGroup group) => (TargetGroups)(int)group;
}
