using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Audit;

public sealed record AuditQuery(string? Search = null, int Page = 0, int PageSize = 50);

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The audit log for organizers: who viewed, changed, exported or erased which record.</summary>
public sealed class ListAuditEntries(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<Paged<AuditEntry>> HandleAsync(UserScope scope, AuditQuery query, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            entries = entries.Where(a => a.UserName.Contains(term) || a.EntityId == term || a.Action.Contains(term));
        }
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new Paged<AuditEntry>(items, total);
    }
}
