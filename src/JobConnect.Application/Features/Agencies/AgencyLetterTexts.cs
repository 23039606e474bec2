using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Agencies;

public sealed record LetterTextVersion(int Version, string? Formal, string? Informal, DateTime ValidFromUtc);

/// <summary>
/// An agency's letter paragraphs, edited by its lead (or an organizer). Each change adds a version;
/// letters print the version valid when their invitation was issued (<see cref="AgencyLetterText.ValidAt"/>).
/// </summary>
public sealed class AgencyLetterTexts(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<LetterTextsInput> validator, TimeProvider clock)
{
    public async Task<(string Agency, IReadOnlyList<LetterTextVersion> Versions)> GetAsync(UserScope scope, int agencyId, CancellationToken ct = default)
    {
        RequireAccess(scope, agencyId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct) ?? throw new NotFoundException($"Agency {agencyId} not found.");
        var versions = await VersionsAsync(db, agencyId, ct);
        return (agency.Name, [.. versions.OrderByDescending(v => v.Version).Select(v => new LetterTextVersion(v.Version, v.Formal, v.Informal, v.ValidFromUtc))]);
    }

    public async Task SaveAsync(UserScope scope, int agencyId, LetterTextsInput input, CancellationToken ct = default)
    {
        RequireAccess(scope, agencyId);
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == agencyId, ct) ?? throw new NotFoundException($"Agency {agencyId} not found.");
        Record(db, agency, await VersionsAsync(db, agencyId, ct), input.Formal, input.Informal, scope.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    internal static Task<List<AgencyLetterText>> VersionsAsync(JobConnectDbContext db, int agencyId, CancellationToken ct) =>
        db.AgencyLetterTexts.AsNoTracking().Where(t => t.AgencyId == agencyId).ToListAsync(ct);

    /// <summary>Sets the current paragraphs and adds a version when they differ from the latest one.</summary>
    internal static void Record(JobConnectDbContext db, Agency agency, IReadOnlyList<AgencyLetterText> versions, string? formal, string? informal, string userId, DateTime nowUtc)
    {
        formal = string.IsNullOrWhiteSpace(formal) ? null : formal.Trim();
        informal = string.IsNullOrWhiteSpace(informal) ? null : informal.Trim();
        var latest = versions.MaxBy(v => v.Version);
        agency.LetterParagraph = formal;
        agency.LetterParagraphInformal = informal;
        if (latest is not null ? latest.Formal == formal && latest.Informal == informal : formal is null && informal is null)
        {
            return;
        }
        db.AgencyLetterTexts.Add(new AgencyLetterText
        {
            AgencyId = agency.Id, Version = (latest?.Version ?? 0) + 1, Formal = formal, Informal = informal, ValidFromUtc = nowUtc, ChangedByUserId = userId,
        });
    }

    /// <summary>An organizer, or the lead of this very agency; any other agency answers "not found".</summary>
    private static void RequireAccess(UserScope scope, int agencyId)
    {
        if (scope.IsOrganizer || (scope.LeadsAgency && scope.AgencyId == agencyId))
        {
            return;
        }
        if (scope.LeadsAgency)
        {
            throw new NotFoundException($"Agency {agencyId} not found.");
        }
        throw scope.Refused("Only organizers and agency leads edit letter paragraphs.");
    }
}
