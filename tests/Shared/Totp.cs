using System.Buffers.Binary;
using System.Security.Cryptography;

namespace JobConnect.Tests.Shared;

/// <summary>
/// An authenticator app in a few lines (RFC 6238: HMAC-SHA1, 30-second steps, six digits), so tests
/// sign in with a second factor exactly as a user's phone would.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset now)
    {
        var step = now.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; Identity does too.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    private static readonly Dictionary<string, HashSet<long>> Used = [];

    /// <summary>
    /// A code the app has not seen for this account yet: each code opens an account once (ASVS 6.5.1), and a
    /// suite signs in the same demo account several times a minute. Like a phone whose clock is a little off,
    /// it may use a step of the app's one-step drift window; when all three are used it waits for the next.
    /// </summary>
    public static async Task<string> FreshCodeAsync(string base32Key, string account, CancellationToken ct = default)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow;
            if (now.ToUnixTimeSeconds() % 30 >= 25)
            {
                // Too close to the next step: a past code typed now could be two steps old when it arrives.
                await Task.Delay(TimeSpan.FromSeconds(30 - now.ToUnixTimeSeconds() % 30 + 1), ct);
                continue;
            }
            var step = now.ToUnixTimeSeconds() / 30;
            lock (Used)
            {
                var used = Used.TryGetValue($"{base32Key}|{account}", out var set) ? set : Used[$"{base32Key}|{account}"] = [];
                // Now first, then the one before (still accepted), then the next (a phone running a little fast).
                foreach (var offset in new[] { 0, -1, 1 })
                {
                    if (used.Add(step + offset))
                    {
                        return Code(base32Key, now.AddSeconds(30 * offset));
                    }
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(30 - now.ToUnixTimeSeconds() % 30 + 1), ct);
        }
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
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
}
