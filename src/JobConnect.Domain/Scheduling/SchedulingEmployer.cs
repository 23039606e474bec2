namespace JobConnect.Domain.Scheduling;

/// <summary>An employer's booth in a phase: a number of tables, each holding one conversation per slot.</summary>
/// <param name="Id">Stable id of the employer (or booth).</param>
/// <param name="TableCount">T_e, number of tables at the booth; tables are numbered 0..T_e-1.</param>
/// <param name="AbsentSlots">Slots in which the employer is not at the booth; <c>null</c> means none.</param>
public sealed record SchedulingEmployer(int Id, int TableCount, IReadOnlySet<int>? AbsentSlots = null);
