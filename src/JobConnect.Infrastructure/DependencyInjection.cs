using JobConnect.Application;
using JobConnect.Application.Data;
using JobConnect.Application.Identity;
using JobConnect.Application.Ports;
using JobConnect.Infrastructure.Data;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Email;
using JobConnect.Infrastructure.Identity;
using JobConnect.Infrastructure.Import;
using JobConnect.Infrastructure.Retention;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobConnect.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything the app needs below the UI: the use cases, data, identity stores, the ports' implementations, seeding.</summary>
    public static IServiceCollection AddJobConnect(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplication();
        services.AddJobConnectData(configuration);
        // Keys in the database: every instance behind the proxy reads the cookies the others wrote.
        services.AddDataProtection().SetApplicationName("JobConnect").PersistKeysToDbContext<JobConnectDbContext>();
        services.AddSingleton(TimeProvider.System);

        services.AddIdentityCore<ApplicationUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JobConnectDbContext>()
            .AddDefaultTokenProviders()
            // Under Identity's own name, so sign-in and enrolment both use the single-use check.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<TwoFactorCodeOptions>(configuration.GetSection(TwoFactorCodeOptions.Section));
        services.Replace(ServiceDescriptor.Scoped<IUserStore<ApplicationUser>, HashedRecoveryCodeUserStore>());

        // The Application's ports: render a document, send a mail, read and write a table file.
        services.AddSingleton<IDocumentRenderer, PdfDocumentRenderer>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.Configure<Application.Features.Accounts.AccountLinkOptions>(configuration.GetSection(Application.Features.Accounts.AccountLinkOptions.Section));
        services.AddSingleton<ITableFiles, TableFiles>();
        services.AddSingleton<IPlanCalendar, Calendar.IcalPlanCalendar>();
        // The web app replaces it with one that falls back to the address the user works under.
        services.AddScoped<IAppAddress, Links.ConfiguredAppAddress>();

        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        services.AddSingleton<Reminders.ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<Reminders.ReminderService>());
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
