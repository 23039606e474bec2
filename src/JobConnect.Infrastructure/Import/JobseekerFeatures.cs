using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Infrastructure.Import;

public static class JobseekerFeatures
{
    /// <summary>The caseload use cases (issue 4), registered in one place to keep DependencyInjection.cs short.</summary>
    public static IServiceCollection AddJobseekerFeatures(this IServiceCollection services) => services
        .AddScoped<ListJobseekers>()
        .AddScoped<GetJobseeker>()
        .AddScoped<SaveJobseeker>()
        .AddScoped<ArchiveJobseeker>()
        .AddScoped<SetEmployerExclusion>()
        .AddScoped<GetCandidateProfile>()
        .AddScoped<ExportJobseekerData>()
        .AddScoped<ExportCaseload>()
        .AddScoped<EraseJobseeker>()
        .AddScoped<ApplyRetention>()
        .AddScoped<ImportJobseekers>()
        .AddScoped<ListAuditEntries>();
}
