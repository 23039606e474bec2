namespace JobConnect.Infrastructure.Email;

/// <summary>SMTP settings (section "Email"). Off by default: nothing is sent until an operator turns it on.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;

    /// <summary>
    /// "StartTls" (default), "SslOnConnect", "StartTlsWhenAvailable" or "None" (MailKit's SecureSocketOptions).
    /// Letters carry names, addresses and times: encryption is required unless an operator opts out.
    /// </summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "jobmesse@jobconnect.invalid";
    public string FromName { get; set; } = "JobConnect Jobmesse";
}
