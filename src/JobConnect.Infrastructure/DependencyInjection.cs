using FluentValidation;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Features.Agencies;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Matching;
using JobConnect.Application.Features.Schedule;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Identity;
using JobConnect.Infrastructure.Data;
using JobConnect.Infrastructure.Import;
using JobConnect.Infrastructure.Retention;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything the app needs below the UI: data, identity stores, use cases, seeding.</summary>
    public static IServiceCollection AddJobConnect(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJobConnectData(configuration);
        services.AddSingleton(TimeProvider.System);

        services.AddIdentityCore<ApplicationUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JobConnectDbContext>()
            .AddDefaultTokenProviders();

        services.AddValidatorsFromAssembly(typeof(JobConnectDbContext).Assembly, includeInternalTypes: true);
        services.AddScoped<GetKeyFigures>();
        services.AddScoped<InviteJobseekers>();
        services.AddScoped<ChangeInvitationStatus>();
        services.AddScoped<ManagePhaseSettings>();
        services.AddScoped<PlanConversations>();
        services.AddScoped<GetScheduleGrid>();
        services.AddScoped<MoveConversation>();
        services.AddScoped<RemoveConversation>();
        services.AddScoped<GetInvitedPlans>();
        services.AddScoped<GetBoothSchedule>();
        services.AddScoped<GetInvitationLetters>();
        services.AddScoped<Documents.Letters.InvitationLetters>();
        services.AddScoped<Application.Features.FairDay.GetCheckInList>();
        services.AddScoped<Application.Features.FairDay.GetFairOverview>();
        services.AddScoped<Documents.FairDay.FairDayDocuments>();
        services.Configure<Email.EmailOptions>(configuration.GetSection(Email.EmailOptions.Section));
        services.AddScoped<Email.LetterMailer>();
        services.AddJobseekerFeatures();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        // One ranking per app instance, rebuilt when the matching inputs' stamp moves on.
        services.AddSingleton<MatchingCache>();
        services.AddScoped<ListMatchedVacancies>();
        services.AddScoped<RankCandidates>();
        services.AddScoped<RankVacancies>();
        services.AddScoped<GetMatchingCoverage>();
        services.AddScoped<ManageMatchWeights>();

        services.AddScoped<SaveVacancy>();
        services.AddScoped<GetVacancy>();
        services.AddScoped<ChangeVacancyStatus>();
        services.AddScoped<SearchVacancies>();
        services.AddScoped<ReportingDeadline>();
        services.AddScoped<EmployerProfiles>();
        services.AddScoped<ListEmployers>();
        services.AddScoped<RegisterEmployer>();
        services.AddScoped<ReviewRegistrations>();

        services.Configure<AccountLinkOptions>(configuration.GetSection(AccountLinkOptions.Section));
        services.AddScoped<AccountLinks>();
        services.AddScoped<IAccountMail, Email.AccountMail>();
        services.AddScoped<SetPassword>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<ForgotPassword>();
        services.AddScoped<InviteUser>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<CreateFirstOrganizer>();
        services.AddScoped<ManageFair>();
        services.AddScoped<StartNextFair>();
        services.AddScoped<ManageAgencies>();
        services.AddScoped<AgencyLetterTexts>();

        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
