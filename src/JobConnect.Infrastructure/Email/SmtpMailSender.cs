using System.Net.Sockets;
using JobConnect.Application.Ports;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MailMessage = JobConnect.Application.Ports.MailMessage;

namespace JobConnect.Infrastructure.Email;

/// <summary>The mail port over MailKit's SMTP client, with the settings of section "Email".</summary>
public sealed class SmtpMailSender(IOptions<EmailOptions> options) : IMailSender
{
    public bool Enabled => options.Value.Enabled;

    public async Task<IMailConnection> ConnectAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            }
            return new Connection(client, settings);
        }
        catch (Exception e) when (IsServerProblem(e))
        {
            client.Dispose();
            // Server unreachable, refused the login or the TLS handshake, or a misconfigured "Email:Security".
            throw new MailServerException($"Could not connect to the mail server {settings.Host}:{settings.Port}.", e);
        }
    }

    private static bool IsServerProblem(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or SocketException or IOException or ArgumentException or ServiceNotConnectedException;

    private sealed class Connection(SmtpClient client, EmailOptions settings) : IMailConnection
    {
        public async Task<bool> SendAsync(MailMessage mail, CancellationToken ct)
        {
            try
            {
                await client.SendAsync(ToMime(mail), ct);
                return true;
            }
            catch (Exception e) when (e is SmtpCommandException or ParseException)
            {
                // One refused or malformed address must not stop the others; they still get the paper letter.
                return false;
            }
            catch (Exception e) when (IsServerProblem(e))
            {
                throw new MailServerException("The mail server broke off the batch.", e);
            }
        }

        private MimeMessage ToMime(MailMessage mail)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
            message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
            message.Subject = mail.Subject;
            var body = new BodyBuilder { TextBody = mail.Body };
            foreach (var file in mail.Attachments)
            {
                body.Attachments.Add(file.Name, file.Bytes, ContentType.Parse(file.ContentType));
            }
            message.Body = body.ToMessageBody();
            return message;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (IsServerProblem(e))
            {
                // The batch is over either way; a failed goodbye changes nothing for anyone.
            }
            client.Dispose();
        }
    }
}
