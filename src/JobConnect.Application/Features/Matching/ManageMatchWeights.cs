using JobConnect.Application.Common;
using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Matching;

/// <summary>
/// Organizers read and set the current fair's match weights. Saving changes the matching-inputs stamp
/// in the same transaction, so every ranking shown afterwards uses the new weights.
/// </summary>
public sealed class ManageMatchWeights(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<MatchWeightsInput> validator, TimeProvider clock)
{
    /// <summary>The current fair's weights; null when there is no fair.</summary>
    public async Task<MatchWeights?> GetAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.CurrentFairAsync(Today, ct))?.MatchWeights;
    }

    /// <summary>Validates and stores the weights; throws <see cref="ValidationException"/> with resource keys as messages.</summary>
    public async Task<MatchWeights> SaveAsync(UserScope scope, MatchWeightsInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.CurrentFairAsync(Today, ct) ?? throw new NotFoundException("There is no current fair.");
        var fair = await db.Fairs.SingleAsync(f => f.Id == current.Id, ct);
        fair.MatchWeights = input.ToWeights();
        await db.SaveChangesAsync(ct);
        return fair.MatchWeights;
    }

    /// <summary>Back to <see cref="MatchWeights.Default"/>.</summary>
    public Task<MatchWeights> ResetAsync(UserScope scope, CancellationToken ct = default) =>
        SaveAsync(scope, MatchWeightsInput.From(MatchWeights.Default), ct);

    private DateOnly Today => clock.FairToday();
}
