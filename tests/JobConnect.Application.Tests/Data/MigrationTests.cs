using JobConnect.Application.Data;
using JobConnect.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Application.Tests.Data;

/// <summary>Every provider's migrations must match the model; SQL Server's script is generated without a server.</summary>
public sealed class MigrationTests
{
    private static JobConnectDbContext Context(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = "Data Source=:memory:",
            ["ConnectionStrings:SqlServer"] = "Server=localhost;Database=JobConnect;User Id=sa;Password=unused;TrustServerCertificate=True",
            ["ConnectionStrings:PostgreSql"] = "Host=localhost;Database=jobconnect;Username=unused",
        }).Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, provider, configuration);
        return new JobConnectDbContext(builder.Options);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Model_has_no_changes_without_a_migration(string provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration. Add one: see the comment on JobConnectDbContext.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData(DatabaseProvider.SqlServer, "Microsoft.EntityFrameworkCore.SqlServer")]
    [InlineData(DatabaseProvider.PostgreSql, "Npgsql.EntityFrameworkCore.PostgreSQL")]
    public void Each_provider_uses_its_own_migrations(string provider, string providerName)
    {
        using var db = Context(provider);

        Assert.Equal(providerName, db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.All(db.GetService<IMigrationsAssembly>().Migrations.Values,
            type => Assert.Equal($"JobConnect.Migrations.{provider}", type.Assembly.GetName().Name));
    }

    [Fact]
    public void SqlServer_idempotent_script_creates_the_whole_schema()
    {
        using var db = Context(DatabaseProvider.SqlServer);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sqlserver-migrations.sql"), script);
        Assert.Matches(@"IF NOT EXISTS \(\s+SELECT \* FROM \[__EFMigrationsHistory\]", script);
        foreach (var table in new[] { "Fairs", "FairPhases", "Booths", "Employers", "Vacancies", "Agencies", "Jobseekers", "Consents", "EmployerExclusions", "Invitations", "Conversations", "AuditEntries", "AspNetUsers" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }
        Assert.Contains("CONSTRAINT [CK_FairPhases_Seats] CHECK", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Invitations_FairId_JobseekerId]", script);
    }
}
