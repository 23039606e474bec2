namespace JobConnect.Application.Identity;

/// <summary>How long a sign-in lasts (OWASP ASVS 5 V7.3): configuration section <c>Sessions</c>.</summary>
public sealed class SessionLifetimeOptions
{
    public const string Section = "Sessions";

    /// <summary>Without a request or a click in an open page for this long, the session ends. Default 30 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however active. Default 10 hours (a fair day).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How often an open page (Blazor circuit) re-checks its session and account. Default 1 minute.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
