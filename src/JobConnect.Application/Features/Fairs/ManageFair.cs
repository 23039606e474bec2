using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Fairs;

public sealed record FairSummary(int Id, FairInput Input, IReadOnlyList<PhaseKind> Phases);

/// <summary>Organizers create the fair and change its settings, and add or remove its phases.</summary>
public sealed class ManageFair(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<FairInput> validator, TimeProvider clock)
{
    /// <summary>The current fair, or null on an empty installation.</summary>
    public async Task<FairSummary?> GetCurrentAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock.FairToday(), ct);
        return fair is null ? null : new FairSummary(fair.Id, FairInput.From(fair), [.. fair.Phases.Select(p => p.Kind).Order()]);
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

    /// <summary>Adds the morning (adults) or afternoon (school leavers) phase with the Kassel fair's usual times; the phase page edits them.</summary>
    public async Task AddPhaseAsync(UserScope scope, int fairId, PhaseKind kind, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Fairs.AnyAsync(f => f.Id == fairId, ct))
        {
            throw new NotFoundException($"Fair {fairId} not found.");
        }
        if (await db.FairPhases.AnyAsync(p => p.FairId == fairId && p.Kind == kind, ct))
        {
            throw new BusinessRuleException(FairMessages.PhaseExists);
        }
        db.FairPhases.Add(DefaultPhase(fairId, kind));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes a phase nobody is invited to yet; with invitations it stays (cancel them first).</summary>
    public async Task RemovePhaseAsync(UserScope scope, int fairId, PhaseKind kind, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phase = await db.FairPhases.FirstOrDefaultAsync(p => p.FairId == fairId && p.Kind == kind, ct)
            ?? throw new NotFoundException($"Phase {kind} of fair {fairId} not found.");
        if (await db.Invitations.AnyAsync(i => i.FairPhaseId == phase.Id, ct))
        {
            throw new BusinessRuleException(FairMessages.PhaseHasInvitations);
        }
        db.FairPhases.Remove(phase);
        await db.SaveChangesAsync(ct);
    }

    public static FairPhase DefaultPhase(int fairId, PhaseKind kind) => kind == PhaseKind.Morning
        ? new FairPhase
        {
            FairId = fairId, Kind = kind, TargetGroup = TargetGroup.Adult, Start = new(9, 0), End = new(12, 30), SlotMinutes = 15, SeatCapacity = 350,
            Breaks = [new PhaseBreak { Start = new(10, 45), End = new(11, 0) }],
        }
        : new FairPhase
        {
            FairId = fairId, Kind = kind, TargetGroup = TargetGroup.SchoolLeaver, Start = new(14, 0), End = new(16, 30), SlotMinutes = 15, SeatCapacity = 120,
        };
}
