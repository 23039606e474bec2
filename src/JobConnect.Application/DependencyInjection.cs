using FluentValidation;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Agencies;
using JobConnect.Application.Features.Attendance;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Feedback;
using JobConnect.Application.Features.FollowUps;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Features.Matching;
using JobConnect.Application.Features.Reports;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Features.Vacancies;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Every use case and validator of the Application layer. A new use case is added here, in its
    /// feature's group; <c>UseCaseRegistrationTests</c> fails for one that is missing. The ports
    /// (documents, mail, table files) are implemented and registered by Infrastructure.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        services.AddScoped<GetKeyFigures>();

        // The fair day; one change notifier for the process, which the live pages subscribe to.
        services.AddSingleton<FairDayChanges>();
        // Changes made through the other app instances (several behind a proxy) reach this instance's pages.
        services.AddSingleton<FairDayWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<FairDayWatch>());
        services.AddScoped<CheckIn>();
        services.AddScoped<NoShows>();
        services.AddScoped<RegisterWalkIn>();
        services.AddScoped<Standby>();
        services.AddScoped<BoothLive>();
        services.AddScoped<RecordOutcome>();
        services.AddScoped<FairDaySlips>();
        services.AddScoped<ClientOutcomes>();
        services.AddScoped<GetLiveOverview>();
        services.AddScoped<ListAuditEntries>();
        services.AddScoped<RecordSignIn>();
        services.AddScoped<RecordAccessDenied>();
        // One queue for the whole app: use cases refuse, the background writer audits (Features/Audit/AuditedRefusals.cs).
        services.AddSingleton<AuditedRefusals>();
        services.AddSingleton<Access.IRefusalLog>(sp => sp.GetRequiredService<AuditedRefusals>());
        services.AddHostedService(sp => sp.GetRequiredService<AuditedRefusals>());
        // Server-side sessions (Identity/UserSessions.cs); the lifetimes come from the "Sessions" section.
        services.AddOptions<Identity.SessionLifetimeOptions>();
        services.AddScoped<Identity.UserSessions>();
        services.AddScoped<ManagePhaseSettings>();

        services.AddScoped<LookUpSkills>();
        services.AddScoped<ManageSkillVocabulary>();

        services.AddScoped<SaveVacancy>();
        services.AddScoped<GetVacancy>();
        services.AddScoped<ChangeVacancyStatus>();
        services.AddScoped<SearchVacancies>();
        services.AddScoped<ReportingDeadline>();
        services.AddScoped<EmployerProfiles>();
        services.AddScoped<ListEmployers>();
        services.AddScoped<RegisterEmployer>();
        services.AddScoped<ReviewRegistrations>();

        services.AddScoped<ManageFair>();
        services.AddScoped<StartNextFair>();
        services.AddScoped<ManageAgencies>();
        services.AddScoped<AgencyLetterTexts>();

        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountMail>();
        services.AddScoped<SetPassword>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<ForgotPassword>();
        services.AddScoped<InviteUser>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<CreateFirstOrganizer>();

        services.AddScoped<ListJobseekers>();
        services.AddScoped<GetJobseeker>();
        services.AddScoped<SaveJobseeker>();
        services.AddScoped<ArchiveJobseeker>();
        services.AddScoped<SetEmployerExclusion>();
        services.AddScoped<GetCandidateProfile>();
        services.AddScoped<ExportJobseekerData>();
        services.AddScoped<ExportCaseload>();
        services.AddScoped<EraseJobseeker>();
        services.AddScoped<ApplyRetention>();
        services.AddScoped<ImportJobseekers>();

        // One ranking per app instance, rebuilt when the matching inputs' stamp moves on.
        services.AddSingleton<MatchingCache>();
        services.AddScoped<ListMatchedVacancies>();
        services.AddScoped<RankCandidates>();
        services.AddScoped<RankVacancies>();
        services.AddScoped<GetMatchingCoverage>();
        services.AddScoped<ManageMatchWeights>();

        services.AddScoped<InviteJobseekers>();
        services.AddScoped<InvitablePhases>();
        services.AddScoped<ChangeInvitationStatus>();
        services.AddScoped<GetInvitations>();
        services.AddScoped<PrintInvitationLetters>();
        services.AddScoped<MailInvitationLetters>();
        services.AddScoped<LetterBatches>();
        services.AddScoped<SendReminders>();
        services.AddScoped<ManageReminders>();
        services.AddScoped<Features.PersonalPage.PersonalPage>();
        services.AddScoped<Features.PersonalPage.RespondToInvitation>();

        services.AddScoped<PlanConversations>();
        services.AddScoped<FillFreedSlots>();
        services.AddScoped<ChangeNotices>();
        services.AddScoped<GetScheduleGrid>();
        services.AddScoped<MoveConversation>();
        services.AddScoped<RemoveConversation>();
        services.AddScoped<GetBoothSchedule>();
        services.AddScoped<GetCheckInList>();
        services.AddScoped<GetFairOverview>();
        services.AddScoped<PrintFairDocuments>();

        // After the fair (#14): attendance, follow-ups, company feedback, the funnel and its files.
        services.AddScoped<GetAttendance>();
        services.AddScoped<ExportAttendance>();
        services.AddScoped<GetFollowUps>();
        services.AddScoped<CompleteFollowUp>();
        services.AddScoped<EmployerFeedbacks>();
        services.AddScoped<GetFunnel>();
        services.AddScoped<GetYearOnYear>();
        services.AddScoped<ExportFunnel>();
        services.AddScoped<PrintFunnelSummary>();
        return services;
    }
}
