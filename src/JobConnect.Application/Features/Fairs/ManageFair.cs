using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Fairs;

public sealed record FairSummary(int Id, FairInput Input, IReadOnlyList<PhaseSummary> Phases);

/// <summary>A phase as the fair page lists it.</summary>
public sealed record PhaseSummary(int Id, string Name, TargetGroup TargetGroup, TimeOnly Start, TimeOnly End, int SeatCapacity);

/// <summary>Organizers create the fair and change its settings, and add or remove its phases.</summary>
public sealed class ManageFair(
    IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<FairInput> validator, IValidator<NewPhaseInput> newPhaseValidator, TimeProvider clock)
{
    /// <summary>The current fair, or null on an empty installation.</summary>
    public async Task<FairSummary?> GetCurrentAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock.FairToday(), ct);
        return fair is null ? null : new FairSummary(fair.Id, FairInput.From(fair), [.. fair.Phases.OrderBy(p => p.Start).Select(p => new PhaseSummary(p.Id, p.Name, p.TargetGroup, p.Start, p.End, p.SeatCapacity))]);
    }

    public async Task<int> CreateAsync(UserScope scope, FairInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = new Fair { Name = "", Venue = "", VenueAddress = "" };
        input.ApplyTo(fair);
        db.Fairs.Add(fair);
        await db.SaveChangesAsync(ct);
        return fair.Id;
    }

    public async Task UpdateAsync(UserScope scope, int fairId, FairInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.Fairs.FirstOrDefaultAsync(f => f.Id == fairId, ct) ?? throw new NotFoundException($"Fair {fairId} not found.");
        input.ApplyTo(fair);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds a phase with the name and target group the organizer chose and usual times: the Kassel fair's
    /// morning or afternoon when that time is free, else two hours after the latest phase. The phase page edits them.
    /// </summary>
    /// <exception cref="PhaseRulesBrokenException">The name is taken, or no free time is left in the day.</exception>
    public async Task<int> AddPhaseAsync(UserScope scope, int fairId, NewPhaseInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await newPhaseValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Fairs.AnyAsync(f => f.Id == fairId, ct))
        {
            throw new NotFoundException($"Fair {fairId} not found.");
        }
        var others = await db.FairPhases.AsNoTracking().Where(p => p.FairId == fairId).ToListAsync(ct);
        var phase = DefaultPhase(fairId, input.Name.Trim(), input.TargetGroup, others);
        var problems = PhaseRules.Check(phase, others);
        if (problems.Count > 0)
        {
            throw new PhaseRulesBrokenException(problems);
        }
        db.FairPhases.Add(phase);
        await db.SaveChangesAsync(ct);
        return phase.Id;
    }

    /// <summary>Removes a phase nobody is invited to yet; with invitations it stays (cancel them first).</summary>
    public async Task RemovePhaseAsync(UserScope scope, int fairId, int phaseId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phase = await db.FairPhases.FirstOrDefaultAsync(p => p.FairId == fairId && p.Id == phaseId, ct)
            ?? throw new NotFoundException($"Phase {phaseId} of fair {fairId} not found.");
        if (await db.Invitations.AnyAsync(i => i.FairPhaseId == phase.Id, ct))
        {
            throw new BusinessRuleException(FairMessages.PhaseHasInvitations);
        }
        db.FairPhases.Remove(phase);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The Kassel fair's times: adults 9:00–12:30 with a break, school leavers 14:00–16:30; a further phase two hours after the latest.</summary>
    public static FairPhase DefaultPhase(int fairId, string name, TargetGroup group, IReadOnlyCollection<FairPhase> others)
    {
        var usual = group == TargetGroup.Adult
            ? new FairPhase
            {
                FairId = fairId, Name = name, TargetGroup = group, Start = new(9, 0), End = new(12, 30), SlotMinutes = 15, SeatCapacity = 350,
                Breaks = [new PhaseBreak { Start = new(10, 45), End = new(11, 0) }],
            }
            : new FairPhase { FairId = fairId, Name = name, TargetGroup = group, Start = new(14, 0), End = new(16, 30), SlotMinutes = 15, SeatCapacity = 120 };
        if (!others.Any(o => o.Start < usual.End && usual.Start < o.End))
        {
            return usual;
        }
        // After the latest phase, on the hour; if the day is over, the overlap rule refuses it and says so.
        var latest = others.Max(o => o.End);
        var start = new TimeOnly(Math.Min(latest.Hour + 1, 21), 0);
        return new FairPhase
        {
            FairId = fairId, Name = name, TargetGroup = group, Start = start, End = start.AddHours(2), SlotMinutes = 15,
            SeatCapacity = usual.SeatCapacity / 2,
        };
    }
}
