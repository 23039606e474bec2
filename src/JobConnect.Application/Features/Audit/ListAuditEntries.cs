using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Ports;
using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Audit;

/// <summary>
/// A filter over the audit log: free text (user, record id, action), one action, and a time span
/// (UTC, <see cref="FromUtc"/> inclusive, <see cref="ToUtc"/> exclusive).
/// </summary>
public sealed record AuditQuery(string? Search = null, int Page = 0, int PageSize = 50, string? Action = null, DateTime? FromUtc = null, DateTime? ToUtc = null);

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// The audit log: organizers read all of it, filter and export it; a caseworker reads the entries
/// about its own agency's clients — who viewed, changed, printed or received their data.
/// Employers read none.
/// </summary>
public sealed class ListAuditEntries(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, ITableFiles files)
{
    /// <summary>More than this in one export is a sign to narrow the filter.</summary>
    public const int MaxExport = 100_000;

    public async Task<Paged<AuditEntry>> HandleAsync(UserScope scope, AuditQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = Filtered(db, scope, query);
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new Paged<AuditEntry>(items, total);
    }

    /// <summary>The filtered log as CSV for German Excel (Kassel times, record numbers only); the export itself is logged.</summary>
    public async Task<FileContent> ExportFileAsync(UserScope scope, AuditQuery query, CancellationToken ct = default)
    {
        var entries = await ExportAsync(scope, query, ct);
        var csv = files.WriteCsv(["Zeit", "Benutzer", "Aktion", "Datensatzart", "Datensatz"],
            entries.Select(e => (IReadOnlyList<string>)[e.AtUtc.ToFairTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                e.UserName, e.Action, e.EntityType, e.EntityId]));
        return new FileContent("protokoll.csv", FileContent.Csv, csv);
    }

    /// <summary>Every entry matching the filter, oldest first, for a file; the export itself is logged.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ExportAsync(UserScope scope, AuditQuery query, CancellationToken ct = default)
    {
        if (!scope.IsOrganizer)
        {
            throw scope.Refused("Only organizers export the audit log.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await Filtered(db, scope, query).OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Take(MaxExport).ToListAsync(ct);
        await db.AddAuditAsync(scope, clock, AuditActions.Exported, AuditLog.AuditLogRecord, items.Count, ct);
        await db.SaveChangesAsync(ct);
        return items;
    }

    private static IQueryable<AuditEntry> Filtered(JobConnectDbContext db, UserScope scope, AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (scope.IsCaseworker)
        {
            // The agency's own clients only; an id outside them reads as if it had no entries.
            var clients = db.Jobseekers.Where(j => j.AgencyId == scope.AgencyId).Select(j => j.Id.ToString());
            entries = entries.Where(a => a.EntityType == AuditLog.Jobseeker && clients.Contains(a.EntityId));
        }
        else if (!scope.IsOrganizer)
        {
            throw scope.Refused("Employers do not read the audit log.");
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            entries = entries.Where(a => a.UserName.Contains(term) || a.EntityId == term || a.Action.Contains(term));
        }
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }
        if (query.FromUtc is { } from)
        {
            entries = entries.Where(a => a.AtUtc >= from);
        }
        if (query.ToUtc is { } to)
        {
            entries = entries.Where(a => a.AtUtc < to);
        }
        return entries;
    }
}
