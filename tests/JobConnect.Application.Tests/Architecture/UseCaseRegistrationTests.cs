using System.Reflection;
using FluentValidation;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Matching;
using JobConnect.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Application.Tests.Architecture;

/// <summary>Every use case a page may inject comes out of the app's container, with everything it needs.</summary>
public sealed class UseCaseRegistrationTests
{
    /// <summary>
    /// A use case is a public class under <c>Features/</c> that works on the data: it takes the
    /// DbContext factory or the matching cache. Records, validators and static helpers are not use cases.
    /// </summary>
    public static TheoryData<string> UseCases() =>
        [.. UseCaseTypes().Select(t => t.FullName!)];

    private static IEnumerable<Type> UseCaseTypes() =>
        typeof(DependencyInjection).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Namespace?.StartsWith("JobConnect.Application.Features", StringComparison.Ordinal) == true)
            .Where(t => !typeof(IValidator).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p =>
                p.ParameterType == typeof(IDbContextFactory<JobConnectDbContext>) || p.ParameterType == typeof(MatchingCache))));

    [Fact]
    public void The_rule_finds_the_use_cases_of_every_feature()
    {
        var features = UseCaseTypes().Select(t => t.Namespace!.Split('.')[3]).ToHashSet();
        Assert.Superset(new HashSet<string> {"Audit", "Dashboard", "Employers", "FairDay", "Fairs", "Invitations", "Jobseekers", "Matching", "Scheduling", "Vacancies" }, features);
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public void Every_use_case_resolves_from_the_app_container(string useCase)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = "Data Source=:memory:" })
            .Build();
        using var services = new ServiceCollection()
            .AddLogging()
            .AddDataProtection().Services
            .AddJobConnect(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = services.CreateScope();

        var type = typeof(DependencyInjection).Assembly.GetType(useCase, throwOnError: true)!;
        Assert.NotNull(scope.ServiceProvider.GetService(type));
    }
}
