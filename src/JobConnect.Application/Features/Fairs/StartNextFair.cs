using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Fairs;

/// <summary>
/// Starts next year's fair from a fair: same name, venue, phases, weights and retention a year later;
/// the booths of its companies (contacts live with the company) and the agencies' quotas per phase.
/// Agencies' letter texts belong to the agency and simply stay. Never copied: jobseekers, invitations,
/// conversations or vacancies — the new fair starts with no people in it.
/// </summary>
public sealed class StartNextFair(IDbContextFactory<JobConnectDbContext> dbFactory)
{
    public async Task<int> HandleAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var source = await db.Fairs.AsNoTracking().Include(f => f.Phases).Include(f => f.Booths).FirstOrDefaultAsync(f => f.Id == fairId, ct)
            ?? throw new NotFoundException($"Fair {fairId} not found.");
        if (await db.Fairs.AnyAsync(f => f.Date > source.Date, ct))
        {
            throw new BusinessRuleException(FairMessages.NextFairExists);
        }

        var next = new Fair
        {
            Name = source.Name,
            Date = source.Date.AddYears(1),
            Venue = source.Venue,
            VenueAddress = source.VenueAddress,
            ReportingDeadlineUtc = source.ReportingDeadlineUtc?.AddYears(1),
            RetentionDays = source.RetentionDays,
            MatchWeights = source.MatchWeights,
            Phases = [.. source.Phases.Select(p => new FairPhase
            {
                Name = p.Name, TargetGroup = p.TargetGroup, Start = p.Start, End = p.End, SlotMinutes = p.SlotMinutes, SeatCapacity = p.SeatCapacity,
                ConversationsPerPerson = p.ConversationsPerPerson, MinimumScore = p.MinimumScore, EntranceCapacityPerWave = p.EntranceCapacityPerWave,
                Breaks = [.. p.Breaks.Select(b => new PhaseBreak { Start = b.Start, End = b.End })],
            })],
            Booths = [.. source.Booths.Select(b => new Booth { EmployerId = b.EmployerId, Label = b.Label, Tables = b.Tables, Phases = b.Phases })],
        };
        db.Fairs.Add(next);
        await db.SaveChangesAsync(ct);

        var phaseIds = source.Phases.ToDictionary(p => p.Id, p => next.Phases.Single(n => n.Name == p.Name).Id);
        var sourcePhaseIds = phaseIds.Keys.ToList();
        var quotas = await db.AgencyQuotas.AsNoTracking().Where(q => sourcePhaseIds.Contains(q.FairPhaseId)).ToListAsync(ct);
        db.AgencyQuotas.AddRange(quotas.Select(q => new AgencyQuota { AgencyId = q.AgencyId, FairPhaseId = phaseIds[q.FairPhaseId], Seats = q.Seats }));
        await db.SaveChangesAsync(ct);
        return next.Id;
    }
}
