namespace JobConnect.Domain.Scheduling;

/// <summary>Why a person received fewer conversations than hoped.</summary>
public enum UnscheduledKind
{
    /// <summary>The person has acceptable pairs but the employers' capacity went to others.</summary>
    NoCapacity,

    /// <summary>The optimum chose this pair, but no table and slot fit the restrictions; it was dropped.</summary>
    NotPlaceable,
}

/// <summary>A person (and possibly the employer concerned) the schedule could not serve as intended.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="EmployerId">The employer, when a specific pair is concerned.</param>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Detail">A short explanation for organizers.</param>
public sealed record UnscheduledReason(int PersonId, int? EmployerId, UnscheduledKind Kind, string Detail);
