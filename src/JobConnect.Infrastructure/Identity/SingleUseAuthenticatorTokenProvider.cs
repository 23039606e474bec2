using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobConnect.Infrastructure.Identity;

/// <summary>Whether an authenticator code may be used once only (ASVS 6.5.1); only test suites that sign in many times a minute turn it off.</summary>
public sealed class TwoFactorCodeOptions
{
    public const string Section = "TwoFactor";

    public bool RefuseReusedCodes { get; set; } = true;
}

/// <summary>
/// Identity's authenticator check (RFC 6238: 30-second steps), with one step of clock drift either way instead of
/// Identity's two (ASVS 6.5.5 wants a short lifetime; a phone's clock is rarely off by more), and so that
/// each step's code opens a user's account once: a code read over the shoulder or replayed from a proxy log is
/// worthless after the sign-in it was typed for. The used step is a row of the user's tokens whose key contains
/// the step, so two sign-ins racing with the same code meet at the primary key and only one gets in.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(IDbContextFactory<JobConnectDbContext> dbFactory, IOptions<TwoFactorCodeOptions> options)
    : AuthenticatorTokenProvider<ApplicationUser>
{
    private const string LoginProvider = "[JobConnect]";
    private const string UsedStepPrefix = "UsedAuthenticatorStep:";
    private const int Drift = 1;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }
        // The person's phone tells wall-clock time; the fair clock has nothing to do with it.
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30;
        var secret = FromBase32(key);
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                return !options.Value.RefuseReusedCodes || await ClaimAsync(user.Id, step, now);
            }
        }
        return false;
    }

    /// <summary>Records the step as used; false when it already was. Forgets steps too old to be accepted again.</summary>
    private async Task<bool> ClaimAsync(string userId, long step, long now)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId, LoginProvider = LoginProvider, Name = UsedStepPrefix + Padded(step), Value = Padded(step),
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return false; // this step's code opened the account before
        }
        var expired = Padded(now - Drift - 1);
        await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name.StartsWith(UsedStepPrefix) && string.Compare(t.Value, expired) <= 0)
            .ExecuteDeleteAsync();
        return true;
    }

    /// <summary>Fixed width, so comparing the stored text compares the steps on every database.</summary>
    private static string Padded(long step) => step.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>RFC 4648 base32, as Identity stores the key (Identity's own decoder is internal).</summary>
    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1, as Identity does.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }
}
