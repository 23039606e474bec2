namespace JobConnect.Application.Common;

/// <summary>
/// The one way a use case says "no": <see cref="Access.NotFoundException"/> (missing or outside the
/// scope), <see cref="Access.AccessDeniedException"/> (the role may not do this) or
/// <see cref="BusinessRuleException"/> (a rule of the fair refuses it). <see cref="MessageKey"/> names the
/// resource text the user reads; the exception message is for the log and never shown.
/// </summary>
public abstract class UseCaseException(string messageKey, string logMessage, IReadOnlyList<object>? args = null, Exception? inner = null)
    : Exception(logMessage, inner)
{
    public string MessageKey { get; } = messageKey;

    /// <summary>Values for the placeholders of the text, e.g. a size limit.</summary>
    public IReadOnlyList<object> Args { get; } = args ?? [];
}

/// <summary>Resource keys of the general answers (SharedResource, German and English).</summary>
public static class ErrorKeys
{
    public const string NotFound = "Common.NotFound";
    public const string NotAllowed = "Common.AccessDenied";

    /// <summary>Anything that is not a refusal: a bug or an outage. The user learns it failed; the log gets the details.</summary>
    public const string Unexpected = "Common.Unexpected";
}
