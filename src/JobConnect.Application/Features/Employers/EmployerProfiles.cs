using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Employers;

public sealed record EmployerProfile(int Id, EmployerStatus Status, string? BoothLabel, EmployerProfileInput Input, bool BoothLocked);

/// <summary>Read and change a company profile: the employer its own, organizers any.</summary>
public sealed class EmployerProfiles(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<EmployerProfileInput> validator, TimeProvider clock)
{
    /// <summary>The profile, or null when it does not exist or is another company's.</summary>
    public async Task<EmployerProfile?> GetAsync(UserScope scope, int employerId, CancellationToken ct = default)
    {
        if (!MayAccess(scope, employerId))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employer = await db.Employers.AsNoTracking().Include(e => e.ContactPersons).FirstOrDefaultAsync(e => e.Id == employerId, ct);
        if (employer is null)
        {
            return null;
        }
        var fair = await CurrentFairAsync(db, ct);
        var booth = fair is null ? null : await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.FairId == fair.Id && b.EmployerId == employerId, ct);
        var locked = fair is not null && VacancyAccess.IsLockedFor(scope, fair, clock.GetUtcNow().UtcDateTime);
        return new EmployerProfile(employer.Id, employer.Status, booth?.Label,
            EmployerProfileInput.From(employer, booth?.Phases ?? TargetGroups.Both, booth?.Tables ?? 1), locked);
    }

    public async Task UpdateAsync(UserScope scope, int employerId, EmployerProfileInput input, CancellationToken ct = default)
    {
        if (!MayAccess(scope, employerId))
        {
            throw new NotFoundException($"Employer {employerId} not found.");
        }
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employer = await db.Employers.Include(e => e.ContactPersons).FirstOrDefaultAsync(e => e.Id == employerId, ct)
            ?? throw new NotFoundException($"Employer {employerId} not found.");
        input.ApplyTo(employer);

        var fair = await CurrentFairAsync(db, ct);
        if (fair is not null)
        {
            var booth = await db.Booths.FirstOrDefaultAsync(b => b.FairId == fair.Id && b.EmployerId == employerId, ct);
            var changed = booth is null || booth.Phases != input.Phases || booth.Tables != input.Tables;
            // Phases and tables feed the schedule; after the deadline only organizers change them.
            if (changed && VacancyAccess.IsLockedFor(scope, fair, clock.GetUtcNow().UtcDateTime))
            {
                throw new BusinessRuleException(EmployerMessages.BoothLocked);
            }
            if (booth is null)
            {
                booth = new Booth { FairId = fair.Id, EmployerId = employerId, Label = await NextBoothLabelAsync(db, fair.Id, ct) };
                db.Booths.Add(booth);
            }
            booth.Phases = input.Phases;
            booth.Tables = input.Tables;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An organizer admits a company: profile, contacts and a booth at the current fair.</summary>
    public async Task<int> AdmitAsync(UserScope scope, EmployerProfileInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employer = new Employer { Name = "", Industry = "", Status = EmployerStatus.Admitted, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        input.ApplyTo(employer);
        db.Employers.Add(employer);
        var fair = await CurrentFairAsync(db, ct);
        if (fair is not null)
        {
            db.Booths.Add(new Booth
            {
                FairId = fair.Id,
                Employer = employer,
                Label = await NextBoothLabelAsync(db, fair.Id, ct),
                Phases = input.Phases,
                Tables = input.Tables,
            });
        }
        await db.SaveChangesAsync(ct);
        return employer.Id;
    }

    private static bool MayAccess(UserScope scope, int employerId) =>
        scope.IsOrganizer || (scope.IsEmployer && scope.EmployerId == employerId);

    private Task<Fair?> CurrentFairAsync(JobConnectDbContext db, CancellationToken ct) =>
        db.CurrentFairAsync(clock, ct);

    /// <summary>"N01", "N02", …: new booths go to a separate row so the planned floor plan stays as it is.</summary>
    internal static async Task<string> NextBoothLabelAsync(JobConnectDbContext db, int fairId, CancellationToken ct)
    {
        var labels = await db.Booths.Where(b => b.FairId == fairId).Select(b => b.Label).ToListAsync(ct);
        var n = 1;
        while (labels.Contains($"N{n:00}"))
        {
            n++;
        }
        return $"N{n:00}";
    }
}
