using JobConnect.Application.Access;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Identity;
using Microsoft.Extensions.DependencyInjection;
using JobConnect.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;

namespace JobConnect.Infrastructure.Retention;

/// <summary>
/// Applies each fair's retention setting every day without anyone having to remember it: personal data of
/// past fairs is anonymized once their retention period is over. Organizers can still run it at once from the audit page.
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionService> logger)
    : PeriodicService(clock, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1))
{
    /// <summary>Recorded in the audit log as the one who anonymized.</summary>
    public static readonly UserScope System = new("system:retention", Roles.Organizer, null, null);

    protected override Task TickAsync(CancellationToken ct) => RunOnceAsync(ct);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var anonymized = await scope.ServiceProvider.GetRequiredService<ApplyRetention>().HandleAsync(System, ct);
            if (anonymized > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Retention: {Count} people of past fairs anonymized.", anonymized);
            }
            return anonymized;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run must not stop the app; tomorrow's run tries again.
            logger.LogError(e, "Retention run failed.");
            return 0;
        }
    }
}
