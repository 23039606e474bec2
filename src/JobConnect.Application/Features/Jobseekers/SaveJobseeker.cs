using FluentValidation;
using FluentValidation.Results;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>Creates (id null) or changes a jobseeker of the caseworker's own agency.</summary>
public sealed class SaveJobseeker(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<JobseekerInput> validator, TimeProvider clock)
{
    /// <summary>The consent text version recorded with each consent; bump it when the wording changes.</summary>
    public const string ConsentTextVersion = "2027-01";

    public async Task<int> HandleAsync(UserScope scope, int? id, JobseekerInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = db.WritableBy(scope);
        await validator.ValidateAndThrowAsync(input, ct);

        Jobseeker jobseeker;
        if (id is null)
        {
            jobseeker = new Jobseeker { AgencyId = scope.AgencyId!.Value, CaseworkerId = scope.UserId, ReferenceNumber = "", FirstName = "", LastName = "", Postcode = "" };
            db.Jobseekers.Add(jobseeker);
        }
        else
        {
            jobseeker = await mine.Include(j => j.Consents).FirstOrDefaultAsync(j => j.Id == id, ct)
                ?? throw new NotFoundException($"{AuditLog.Jobseeker} not found.");
        }

        var reference = JobseekerInput.NormalizeReference(input.ReferenceNumber);
        if (await mine.AnyAsync(j => j.ReferenceNumber == reference && j.Id != (id ?? 0), ct))
        {
            throw new ValidationException([new ValidationFailure(nameof(JobseekerInput.ReferenceNumber), JobseekerInputValidator.Keys.DuplicateReference)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        input.ApplyTo(jobseeker);
        RecordConsents(jobseeker, input, now);
        if (id is null)
        {
            jobseeker.CreatedUtc = now;
        }
        jobseeker.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);

        await db.AddAuditAsync(scope, clock, id is null ? AuditActions.Created : AuditActions.Changed, AuditLog.Jobseeker, jobseeker.Id, ct);
        await db.SaveChangesAsync(ct);
        return jobseeker.Id;
    }

    /// <summary>Both consents of the form or an import row: sharing the profile, and e-mail contact.</summary>
    public static void RecordConsents(Jobseeker jobseeker, JobseekerInput input, DateTime nowUtc)
    {
        RecordConsent(jobseeker, ConsentScope.ShareProfileWithEmployers, input.ConsentShareProfile, nowUtc);
        RecordConsent(jobseeker, ConsentScope.EmailContact, input.ConsentEmail, nowUtc);
    }

    /// <summary>Giving consent adds a dated record; withdrawing dates the open one — history is never overwritten.</summary>
    public static void RecordConsent(Jobseeker jobseeker, ConsentScope scope, bool given, DateTime nowUtc)
    {
        var open = jobseeker.Consents.FirstOrDefault(c => c.Scope == scope && c.WithdrawnUtc is null);
        if (given && open is null)
        {
            jobseeker.Consents.Add(new Consent { Scope = scope, GivenUtc = nowUtc, TextVersion = ConsentTextVersion });
        }
        else if (!given && open is not null)
        {
            open.WithdrawnUtc = nowUtc;
        }
    }
}
