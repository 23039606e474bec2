using JobConnect.Application.Common;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>
/// What an employer sees of a candidate. Name only with recorded consent; contact details never
/// before the fair day; nothing at all if the person blocked this employer or was not invited.
/// </summary>
public sealed record CandidateProfile(
    string ReferenceNumber, string? Name, TargetGroup TargetGroup, IReadOnlyList<string> TargetKldbCodes, IReadOnlyList<string> Skills,
    IReadOnlyList<LanguageSkill> Languages, CefrLevel GermanLevel, bool HasDrivingLicence, SchoolCertificate SchoolCertificate,
    string? Email, string? Phone)
{
    public bool IsPseudonymous => Name is null;
}

public sealed class GetCandidateProfile(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CandidateProfile> HandleAsync(UserScope scope, int jobseekerId, CancellationToken ct = default)
    {
        scope.RequireEmployer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.FairToday();
        var fair = await db.CurrentFairAsync(today, ct) ?? throw new NotFoundException(AuditLog.Jobseeker);
        var employerId = scope.EmployerId!.Value;
        var j = await db.Jobseekers.AsNoTracking().Include(x => x.Consents)
            .Where(x => x.Id == jobseekerId && !x.Archived)
            .Where(x => db.Invitations.Any(i => i.JobseekerId == x.Id && i.FairId == fair.Id))
            .Where(x => !x.EmployerExclusions.Any(e => e.EmployerId == employerId))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(AuditLog.Jobseeker);

        var consent = j.HasConsent(ConsentScope.ShareProfileWithEmployers);
        var contactAllowed = consent && today >= fair.Date;
        return new CandidateProfile(
            j.ReferenceNumber, consent ? j.FullName : null, j.TargetGroup, j.TargetKldbCodes, j.Skills, j.Languages, j.GermanLevel,
            j.HasDrivingLicence, j.SchoolCertificate, contactAllowed ? j.Email : null, contactAllowed ? j.Phone : null);
    }
}
