using JobConnect.Application.Identity;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Audit;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Feedback;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reports;
using JobConnect.Domain.Vacancies;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Data;

/// <summary>
/// The one database of JobConnect. Provider-neutral; migrations live in one assembly per provider:
/// <c>dotnet ef migrations add Name --project src/JobConnect.Migrations.Sqlite --startup-project src/JobConnect.Web</c>
/// and the same with <c>--project src/JobConnect.Migrations.SqlServer ... -- --Database:Provider SqlServer</c>
/// and <c>--project src/JobConnect.Migrations.PostgreSql ... -- --Database:Provider PostgreSql</c>.
/// </summary>
public class JobConnectDbContext(DbContextOptions<JobConnectDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring, shared by every app instance (sign-in cookies, antiforgery, circuits).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Fair> Fairs => Set<Fair>();
    public DbSet<FairPhase> FairPhases => Set<FairPhase>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AgencyQuota> AgencyQuotas => Set<AgencyQuota>();
    public DbSet<AgencyLetterText> AgencyLetterTexts => Set<AgencyLetterText>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<Jobseeker> Jobseekers => Set<Jobseeker>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<EmployerExclusion> EmployerExclusions => Set<EmployerExclusion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<LetterDispatch> LetterDispatches => Set<LetterDispatch>();
    public DbSet<InvitationResponse> InvitationResponses => Set<InvitationResponse>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<OutcomeSubmission> OutcomeSubmissions => Set<OutcomeSubmission>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MatchingInputs> MatchingInputs => Set<MatchingInputs>();
    public DbSet<SkillVocabularyChange> SkillVocabularyChanges => Set<SkillVocabularyChange>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<EmployerFeedback> EmployerFeedback => Set<EmployerFeedback>();
    public DbSet<FunnelRecord> FunnelRecords => Set<FunnelRecord>();
    public DbSet<FrozenStatistics> FrozenStatistics => Set<FrozenStatistics>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampMatchingInputsIfChanged();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampMatchingInputsIfChanged();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Gives the matching inputs a new stamp with the next save, in its transaction. Bulk writes
    /// (ExecuteUpdate/ExecuteDelete) bypass change tracking, so they call this themselves.
    /// </summary>
    public void MatchingInputsChanged()
    {
        var entry = ChangeTracker.Entries<MatchingInputs>().FirstOrDefault()
            ?? Attach(new MatchingInputs { Id = Data.MatchingInputs.RowId });
        entry.Entity.Stamp = Guid.NewGuid();
        entry.Property(m => m.Stamp).IsModified = true;
    }

    private void StampMatchingInputsIfChanged()
    {
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                             && Data.MatchingInputs.IsSource(e.Metadata)))
        {
            MatchingInputsChanged();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JobConnectDbContext).Assembly);
        builder.Entity<MatchingInputs>().Property(m => m.Id).ValueGeneratedNever();
        builder.Entity<MatchingInputs>().HasData(new MatchingInputs { Id = Data.MatchingInputs.RowId, Stamp = Guid.Empty });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings: the data outlives the code, and SQL Server reports stay legible.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
