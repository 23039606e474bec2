using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Agencies;

public sealed record AgencyRow(int Id, string Name, AgencyKind Kind, string City, int Caseworkers, int Jobseekers);

/// <summary>Organizers create and edit the inviting bodies, their letters' sender block and paragraphs, and their quotas per phase.</summary>
public sealed class ManageAgencies(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<AgencyInput> validator, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgencyRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new AgencyRow(a.Id, a.Name, a.Kind, a.City, db.Users.Count(u => u.AgencyId == a.Id), db.Jobseekers.Count(j => j.AgencyId == a.Id)))
            .ToListAsync(ct);
    }

    /// <summary>The agency for editing (null: a new one), with a quota row for every phase of the current fair.</summary>
    public async Task<AgencyInput> GetAsync(UserScope scope, int? agencyId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var input = new AgencyInput();
        List<AgencyQuota> quotas = [];
        if (agencyId is { } id)
        {
            var agency = await db.Agencies.AsNoTracking().Include(a => a.Quotas).FirstOrDefaultAsync(a => a.Id == id, ct)
                ?? throw new NotFoundException($"Agency {id} not found.");
            input = new AgencyInput
            {
                Name = agency.Name, Kind = agency.Kind, Street = agency.Street, Postcode = agency.Postcode, City = agency.City, Phone = agency.Phone,
                LetterParagraph = agency.LetterParagraph, LetterParagraphInformal = agency.LetterParagraphInformal,
            };
            quotas = agency.Quotas;
        }
        var fair = await db.CurrentFairAsync(clock.FairToday(), ct);
        input.Quotas = [.. (fair?.Phases ?? []).OrderBy(p => p.Start).Select(p =>
        {
            var quota = quotas.FirstOrDefault(q => q.FairPhaseId == p.Id);
            return new QuotaInput { PhaseId = p.Id, Phase = p.Name, Seats = quota?.Seats, SeatsTaken = quota?.SeatsTaken ?? 0 };
        })];
        return input;
    }

    /// <summary>Creates (null id) or changes an agency; returns its id.</summary>
    public async Task<int> SaveAsync(UserScope scope, int? agencyId, AgencyInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var name = input.Name.Trim();
        if (await db.Agencies.AnyAsync(a => a.Name == name && a.Id != agencyId, ct))
        {
            throw new BusinessRuleException(AgencyMessages.NameExists);
        }
        var agency = agencyId is { } id
            ? await db.Agencies.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException($"Agency {id} not found.")
            : db.Agencies.Add(new Agency { Name = name }).Entity;
        agency.Name = name;
        agency.Kind = input.Kind;
        agency.Street = input.Street.Trim();
        agency.Postcode = input.Postcode.Trim();
        agency.City = input.City.Trim();
        agency.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        await db.SaveChangesAsync(ct);
        AgencyLetterTexts.Record(db, agency, await AgencyLetterTexts.VersionsAsync(db, agency.Id, ct), input.LetterParagraph, input.LetterParagraphInformal,
            scope.UserId, clock.GetUtcNow().UtcDateTime);
        await SetQuotasAsync(db, agency.Id, input.Quotas, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return agency.Id;
    }

    /// <summary>
    /// A quota may shrink only down to the seats its agency already holds (checked in the update itself,
    /// as phase capacities are); a new quota starts with the agency's invitations already in the phase.
    /// </summary>
    private static async Task SetQuotasAsync(JobConnectDbContext db, int agencyId, IReadOnlyList<QuotaInput> quotas, CancellationToken ct)
    {
        foreach (var quota in quotas)
        {
            var existing = db.AgencyQuotas.Where(q => q.AgencyId == agencyId && q.FairPhaseId == quota.PhaseId);
            if (quota.Seats is not { } seats)
            {
                await existing.ExecuteDeleteAsync(ct);
                continue;
            }
            if (await existing.AnyAsync(ct))
            {
                if (await existing.Where(q => q.SeatsTaken <= seats).ExecuteUpdateAsync(s => s.SetProperty(q => q.Seats, seats), ct) == 0)
                {
                    throw new BusinessRuleException(AgencyMessages.QuotaBelowTaken);
                }
                continue;
            }
            var taken = await db.Invitations.CountAsync(i => i.AgencyId == agencyId && i.FairPhaseId == quota.PhaseId
                && i.Status != InvitationStatus.Declined && i.Status != InvitationStatus.Cancelled, ct);
            if (taken > seats)
            {
                throw new BusinessRuleException(AgencyMessages.QuotaBelowTaken);
            }
            db.AgencyQuotas.Add(new AgencyQuota { AgencyId = agencyId, FairPhaseId = quota.PhaseId, Seats = seats, SeatsTaken = taken });
        }
    }
}
