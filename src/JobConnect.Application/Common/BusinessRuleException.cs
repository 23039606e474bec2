namespace JobConnect.Application.Common;

/// <summary>A rule of the fair forbids the action; <see cref="UseCaseException.MessageKey"/> names the UI text that explains why.</summary>
public class BusinessRuleException(string messageKey, params object[] args) : UseCaseException(messageKey, messageKey, args);
