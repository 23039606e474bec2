using System.Security.Cryptography;
using System.Text;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobConnect.Application.Features.Accounts;

/// <summary>A link just issued: <see cref="Url"/> is shown or sent once and never stored.</summary>
public sealed record IssuedLink(string Url, DateTime ExpiresUtc);

public enum LinkState
{
    Valid,
    Used,
    Expired,
    /// <summary>Never issued, mistyped, or the account is disabled: all answer the same.</summary>
    Unknown,
}

public sealed record LinkCheck(LinkState State, AccountLinkPurpose Purpose = AccountLinkPurpose.Invitation, string? Email = null);

/// <summary>
/// Issues and checks one-time links under <c>/account/set-password/</c>. A link is a 256-bit random
/// secret; only its hash is stored, so a copy of the database opens no account. Issuing a new link for
/// a user ends that user's older unused ones.
/// </summary>
public sealed class AccountLinks(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IOptions<AccountLinkOptions> options)
{
    public const string PathPrefix = "/account/set-password/";

    public async Task<IssuedLink> IssueAsync(string userId, AccountLinkPurpose purpose, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var hours = purpose == AccountLinkPurpose.Invitation ? settings.InvitationLifetimeHours : settings.ResetLifetimeHours;
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.AccountLinks.Where(l => l.UserId == userId && l.UsedUtc == null && l.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now), ct);
        var link = new AccountLink { UserId = userId, Purpose = purpose, TokenHash = Hash(token), CreatedUtc = now, ExpiresUtc = now.AddHours(hours) };
        db.AccountLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return new IssuedLink(UrlOf(settings.PublicBaseAddress, token), link.ExpiresUtc);
    }

    public async Task<LinkCheck> CheckAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new LinkCheck(LinkState.Unknown);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = Hash(token);
        var found = await db.AccountLinks.AsNoTracking().Where(l => l.TokenHash == hash)
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.Purpose, l.UsedUtc, l.ExpiresUtc, u.Email, u.IsDisabled })
            .FirstOrDefaultAsync(ct);
        if (found is null || found.IsDisabled)
        {
            return new LinkCheck(LinkState.Unknown);
        }
        var state = found.UsedUtc is not null ? LinkState.Used
            : found.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? LinkState.Expired
            : LinkState.Valid;
        return new LinkCheck(state, found.Purpose, found.Email);
    }

    /// <summary>
    /// Marks the link used, if it still is valid, in one conditional update: two tabs submitting the
    /// same link at once get one success. Returns the user's id, or null when the link was not valid.
    /// </summary>
    internal async Task<string?> ConsumeAsync(string token, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consumed = await db.AccountLinks.Where(l => l.TokenHash == hash && l.UsedUtc == null && l.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedUtc, now), ct);
        return consumed == 1
            ? await db.AccountLinks.Where(l => l.TokenHash == hash).Select(l => l.UserId).SingleAsync(ct)
            : null;
    }

    /// <summary>Gives a consumed link back when the password could not be set, so the person can try again.</summary>
    internal async Task ReleaseAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.AccountLinks.Where(l => l.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedUtc, (DateTime?)null), ct);
    }

    public static string UrlOf(string? baseAddress, string token) =>
        string.IsNullOrWhiteSpace(baseAddress) ? PathPrefix + token : baseAddress.TrimEnd('/') + PathPrefix + token;

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
