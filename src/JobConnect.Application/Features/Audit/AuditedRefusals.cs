using System.Threading.Channels;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobConnect.Application.Features.Audit;

/// <summary>
/// Writes use-case refusals to the audit log in the background: the refusing call only queues the entry, so
/// a refusal never waits for (or fails with) the log's database write. Bounded, so a flood of crafted
/// requests cannot grow memory; what does not fit is counted in the app's log instead.
/// </summary>
public sealed class AuditedRefusals(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, ILogger<AuditedRefusals> logger)
    : BackgroundService, IRefusalLog
{
    private readonly Channel<(string UserId, string UseCase, DateTime AtUtc)> _queue =
        Channel.CreateBounded<(string, string, DateTime)>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Record(string userId, string useCase)
    {
        if (!_queue.Writer.TryWrite((userId, useCase, clock.GetUtcNow().UtcDateTime)))
        {
            logger.LogWarning("Refusal of {UseCase} not audited: the queue is full.", useCase);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (userId, useCase, atUtc) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtc = atUtc,
                    UserId = userId,
                    UserName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(stoppingToken) ?? userId,
                    Action = AuditActions.AccessDenied,
                    EntityType = AuditLog.UseCase,
                    EntityId = useCase.Length > 60 ? useCase[..60] : useCase,
                });
                await db.SaveChangesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refusal of {UseCase} could not be audited.", useCase);
            }
        }
    }
}
