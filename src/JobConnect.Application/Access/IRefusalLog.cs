namespace JobConnect.Application.Access;

/// <summary>
/// Where a use case's refusal of a signed-in user goes, besides the exception the user sees: the audit
/// log (ASVS V16.3.2). Refusals are rare and come from pages that already let the user in — a changed
/// role, a crafted request — so each one is worth an entry. Must not block the refusing call.
/// </summary>
public interface IRefusalLog
{
    /// <param name="useCase">The refusing use case (its file's name), never the data asked for.</param>
    void Record(string userId, string useCase);
}
