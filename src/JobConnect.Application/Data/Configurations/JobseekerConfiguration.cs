using JobConnect.Domain.Agencies;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class JobseekerConfiguration : IEntityTypeConfiguration<Jobseeker>
{
    public void Configure(EntityTypeBuilder<Jobseeker> builder)
    {
        builder.Property(j => j.ReferenceNumber).HasMaxLength(40);
        builder.Property(j => j.FirstName).HasMaxLength(100);
        builder.Property(j => j.LastName).HasMaxLength(100);
        builder.Property(j => j.Email).HasMaxLength(254);
        builder.Property(j => j.Phone).HasMaxLength(50);
        builder.Property(j => j.Street).HasMaxLength(200);
        builder.Property(j => j.Postcode).HasMaxLength(5);
        builder.Property(j => j.City).HasMaxLength(100);
        builder.Property(j => j.Nationality).HasMaxLength(60);
        builder.Property(j => j.InterpreterLanguage).HasMaxLength(60);
        builder.Property(j => j.CaseworkerId).HasMaxLength(450);
        builder.OwnsMany(j => j.Languages, l => l.ToJson());
        builder.HasIndex(j => new { j.AgencyId, j.ReferenceNumber }).IsUnique();
        builder.HasIndex(j => new { j.AgencyId, j.LastName });
        builder.HasOne<Agency>().WithMany().HasForeignKey(j => j.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.Consents).WithOne().HasForeignKey(c => c.JobseekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.EmployerExclusions).WithOne().HasForeignKey(e => e.JobseekerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(j => j.FullName);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.TextVersion).HasMaxLength(40);
    }
}

internal sealed class EmployerExclusionConfiguration : IEntityTypeConfiguration<EmployerExclusion>
{
    public void Configure(EntityTypeBuilder<EmployerExclusion> builder)
    {
        builder.HasIndex(e => new { e.JobseekerId, e.EmployerId }).IsUnique();
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Cascade);
    }
}
