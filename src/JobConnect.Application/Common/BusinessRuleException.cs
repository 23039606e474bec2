namespace JobConnect.Application.Common;

/// <summary>A rule of the fair forbids the action; <see cref="MessageKey"/> names the UI text that explains why.</summary>
public sealed class BusinessRuleException(string messageKey) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
}
