using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Employers;

public sealed record EmployerRow(int Id, string Name, string Industry, string City, EmployerStatus Status, string? BoothLabel, int Tables, TargetGroups Phases, int Vacancies, int Users);

/// <summary>All companies with their booth at the current fair; organizers only.</summary>
public sealed class ListEmployers(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<EmployerRow>> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fairId = (await db.CurrentFairAsync(clock, ct))?.Id ?? 0;
        var rows = await db.Employers.AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new
            {
                e.Id, e.Name, e.Industry, e.City, e.Status,
                Booth = db.Booths.Where(b => b.FairId == fairId && b.EmployerId == e.Id).Select(b => new { b.Label, b.Tables, b.Phases }).FirstOrDefault(),
                Vacancies = db.Vacancies.Count(v => v.FairId == fairId && v.EmployerId == e.Id),
                Users = db.Users.Count(u => u.EmployerId == e.Id),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new EmployerRow(r.Id, r.Name, r.Industry, r.City, r.Status, r.Booth?.Label, r.Booth?.Tables ?? 0,
            r.Booth?.Phases ?? TargetGroups.None, r.Vacancies, r.Users))];
    }
}
