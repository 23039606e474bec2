using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Infrastructure.Import;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Jobseekers;

/// <summary>The caseload use cases over one real SQLite file, with a clock before the test fair.</summary>
public sealed class CaseloadFixture : IAsyncLifetime
{
    public TestDatabase Db { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    public IValidator<JobseekerInput> Validator => new JobseekerInputValidator(Clock);

    public ValueTask InitializeAsync() => Db.InitializeAsync();

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    public static UserScope Caseworker(int agencyId) => new($"caseworker-{agencyId}", Roles.Caseworker, agencyId, null);
    public static UserScope Organizer { get; } = new("organizer", Roles.Organizer, null, null);
    public static UserScope Employer(int employerId) => new($"employer-{employerId}", Roles.Employer, null, employerId);

    public ListJobseekers List => new(Db);
    public GetJobseeker Get => new(Db, Clock);
    public SaveJobseeker Save => new(Db, Validator, Clock);
    public ArchiveJobseeker Archive => new(Db, Clock);
    public SetEmployerExclusion Exclusion => new(Db, Clock);
    public GetCandidateProfile Candidate => new(Db, Clock);
    public ExportJobseekerData Export => new(Db, Clock);
    public EraseJobseeker Erase => new(Db, Clock);
    public ApplyRetention Retention => new(Db, Clock);
    public ImportJobseekers Import => new(Db, Validator, Clock, new TableFiles());
    public ExportCaseload ExportList => new(Db, Clock, new TableFiles());

    public static JobseekerInput ValidInput(string reference, string lastName = "Muster") => new()
    {
        ReferenceNumber = reference,
        FirstName = "Alex",
        LastName = lastName,
        Postcode = "34117",
        City = "Kassel",
        TargetKldbCodes = "24232",
        Email = "alex@example.org",
        Phone = "0561 1234",
    };
}
