using JobConnect.Application.Common;

namespace JobConnect.Application.Access;

/// <summary>Thrown by services when the scope does not allow an action; the UI shows "not allowed" and logs nothing personal.</summary>
public sealed class AccessDeniedException(string logMessage) : UseCaseException(ErrorKeys.NotAllowed, logMessage);
