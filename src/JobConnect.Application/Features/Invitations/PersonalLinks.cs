using System.Security.Cryptography;
using System.Text;
using JobConnect.Application.Features.Accounts;

namespace JobConnect.Application.Features.Invitations;

/// <summary>A personal link just made for one letter: the token goes on paper or into the mail, only its hash into the database.</summary>
public sealed record PersonalLink(string Token, string Hash, string Url, string ShortText, string ScanText);

/// <summary>
/// The invited person's own link: <c>{address}/e/{token}</c>. The token is 16 characters from an
/// alphabet without look-alikes (about 79 random bits), so it can be typed from paper and cannot be
/// guessed, least of all at the rate the page allows. Every letter gets its own token; the database
/// keeps only the SHA-256 hash (<see cref="Domain.Invitations.LetterDispatch.PageTokenHash"/>).
/// <para>
/// The QR code carries the link followed by the check-in code (<c>…/e/{token}/{code}</c>): a phone
/// opens the page, and the desk's scanner reads the same QR and takes the last path segment as the
/// check-in code (<see cref="FairDay.CheckInCodes.Normalize"/>). The printed short link leaves the code out, because
/// the letter prints the code on its own line.
/// </para>
/// </summary>
public static class PersonalLinks
{
    public const string PathPrefix = "/e/";
    public const int TokenLength = 16;

    // No 0/O, 1/I/L: read from paper and typed on a phone without mistakes.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <param name="baseAddress">The configured public address (<see cref="AccountLinkOptions.PublicBaseAddress"/>), else the one the user works under.</param>
    public static PersonalLink New(string baseAddress, string checkInCode)
    {
        var token = RandomNumberGenerator.GetString(Alphabet, TokenLength);
        var url = baseAddress.TrimEnd('/') + PathPrefix + token;
        var shortText = url.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase);
        return new PersonalLink(token, Hash(token), url, shortText, $"{url}/{checkInCode}");
    }

    /// <summary>The stored form of a token as typed or scanned: upper case, without spaces; null when it cannot be one.</summary>
    public static string? HashOf(string? typed)
    {
        var token = (typed ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return token.Length == TokenLength && token.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? Hash(token) : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
