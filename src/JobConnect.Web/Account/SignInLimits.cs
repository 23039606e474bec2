using System.Threading.RateLimiting;

namespace JobConnect.Web.Account;

/// <summary>
/// Sign-in attempts allowed per window (ASVS V6.3.1), configuration section <c>SignInLimits</c>.
/// Per address generously, because a whole agency office may share one address; per account
/// tightly, which also covers guessed addresses and second-factor codes.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignInLimits";
    public const string AddressPolicy = "sign-in-per-address";

    public int PermitsPerAddress { get; set; } = 60;
    public int PermitsPerAccount { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The per-account limit: an ASP.NET Core rate limiter partitioned by the typed account name.</summary>
public sealed class AccountSignInLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountSignInLimiter(Microsoft.Extensions.Options.IOptions<SignInLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account.Trim().ToUpperInvariant(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerAccount, Window = limits.Window, QueueLimit = 0 }));
    }

    public bool TryAttempt(string account)
    {
        using var lease = _limiter.AttemptAcquire(account);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
