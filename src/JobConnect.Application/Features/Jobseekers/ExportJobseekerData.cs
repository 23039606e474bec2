using System.Text.Json;
using System.Text.Json.Serialization;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers;

/// <summary>Art. 15 GDPR: everything stored about one person, as readable JSON, logged as an export.</summary>
public sealed class ExportJobseekerData(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<FileContent> HandleAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var j = await db.WritableBy(scope).AsNoTracking().Include(x => x.Consents).Include(x => x.EmployerExclusions)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(AuditLog.Jobseeker);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.JobseekerId == id)
            .Select(i => new { i.FairId, Phase = i.FairPhase!.Kind, i.Status, i.ArrivalFrom, i.ArrivalTo, i.CheckInCode, i.CreatedUtc, i.History })
            .ToListAsync(ct);
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.Invitation!.JobseekerId == id)
            .Select(c => new { Employer = db.Employers.Where(e => e.Id == c.Booth!.EmployerId).Select(e => e.Name).FirstOrDefault(), c.SlotStart, c.Outcome })
            .ToListAsync(ct);
        var excluded = j.EmployerExclusions.Select(e => e.EmployerId).ToList();
        var excludedNames = await db.Employers.Where(e => excluded.Contains(e.Id)).Select(e => e.Name).ToListAsync(ct);

        var document = new
        {
            Person = new
            {
                j.ReferenceNumber, j.Salutation, j.FirstName, j.LastName, j.Email, j.Phone, j.Street, j.Postcode, j.City,
                j.DateOfBirth, j.Nationality, j.TargetGroup, j.TargetKldbCodes, j.Skills, j.Languages, j.GermanLevel,
                j.HasDrivingLicence, j.SchoolCertificate, j.QualificationLevel, j.WorkingTimeWishes, j.MaxCommuteKm,
                j.EarliestStart, j.NeedsAccessibility, j.InterpreterLanguage, j.LetterLanguage, j.EasyLanguage, j.Archived, j.CreatedUtc, j.UpdatedUtc,
            },
            Consents = j.Consents.Select(c => new { c.Scope, c.GivenUtc, c.TextVersion, c.WithdrawnUtc }),
            ExcludedEmployers = excludedNames,
            Invitations = invitations,
            Conversations = conversations,
        };
        await db.AddAuditAsync(scope, clock, AuditActions.Exported, AuditLog.Jobseeker, id, ct);
        await db.SaveChangesAsync(ct);
        return new FileContent($"auskunft-{j.ReferenceNumber}.json", FileContent.Json, JsonSerializer.SerializeToUtf8Bytes(document, Json));
    }
}
