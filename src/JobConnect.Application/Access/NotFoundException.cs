using JobConnect.Application.Common;

namespace JobConnect.Application.Access;

/// <summary>
/// The record does not exist <em>or</em> lies outside the user's scope: both answer the same, so
/// probing ids of another agency or company reveals nothing.
/// </summary>
public sealed class NotFoundException(string logMessage) : UseCaseException(ErrorKeys.NotFound, logMessage);
