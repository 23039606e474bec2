using System.Security.Cryptography;
using System.Text;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace JobConnect.Infrastructure.Identity;

/// <summary>
/// Identity's user store, except that recovery codes are kept only as salted hashes (ASVS 6.5.2): a copy of
/// the database does not hand anybody a way past the second factor. The codes are random (50 bits), so a
/// salted SHA-256 is enough; a slow password hash would only slow down the sign-in.
/// </summary>
public sealed class HashedRecoveryCodeUserStore(JobConnectDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, JobConnectDbContext>(context, describer)
{
    public override Task ReplaceCodesAsync(ApplicationUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(code => Hash(user, code)), cancellationToken);

    public override Task<bool> RedeemCodeAsync(ApplicationUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, Hash(user, code), cancellationToken);

    /// <summary>Salted with the user's id, so equal codes of two users do not give equal hashes.</summary>
    internal static string Hash(ApplicationUser user, string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id}:{code.Trim().ToUpperInvariant()}")));
}
