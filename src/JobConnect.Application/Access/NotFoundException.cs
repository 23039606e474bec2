namespace JobConnect.Application.Access;

/// <summary>
/// Thrown when a record does not exist <em>or lies outside the user's scope</em>: both answer the same,
/// so probing IDs of another company reveals nothing.
/// </summary>
public sealed class NotFoundException(string message) : Exception(message);
