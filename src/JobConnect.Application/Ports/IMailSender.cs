using JobConnect.Application.Common;

namespace JobConnect.Application.Ports;

/// <summary>A plain-text e-mail with attachments.</summary>
public sealed record MailMessage(string ToName, string ToAddress, string Subject, string Body, IReadOnlyList<FileContent> Attachments);

/// <summary>Port: sends e-mail (SMTP in Infrastructure). Off unless configured.</summary>
public interface IMailSender
{
    bool Enabled { get; }

    /// <summary>One connection for a batch; <see cref="MailServerException"/> when the server cannot be reached or refuses the login.</summary>
    Task<IMailConnection> ConnectAsync(CancellationToken ct);
}

public interface IMailConnection : IAsyncDisposable
{
    /// <summary>False when the server refused this one message (e.g. an invalid address); the batch goes on.</summary>
    Task<bool> SendAsync(MailMessage message, CancellationToken ct);
}

/// <summary>The mail server is unreachable, refused the login or the TLS handshake, or the settings are wrong; the user is told to check them.</summary>
public sealed class MailServerException(string logMessage, Exception inner) : UseCaseException("Invitations.MailFailed", logMessage, inner: inner);
