namespace JobConnect.Application.Access;

/// <summary>
/// The record does not exist <em>or</em> lies outside the user's scope: both answer the same, so a
/// caseworker cannot probe which ids another agency holds.
/// </summary>
public sealed class NotFoundException(string entity) : Exception($"{entity} not found.");
