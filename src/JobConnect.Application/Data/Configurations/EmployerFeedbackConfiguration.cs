using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class EmployerFeedbackConfiguration : IEntityTypeConfiguration<EmployerFeedback>
{
    public void Configure(EntityTypeBuilder<EmployerFeedback> builder)
    {
        builder.HasIndex(f => new { f.FairId, f.EmployerId }).IsUnique();
        builder.Property(f => f.Wishes).HasMaxLength(2000);
        builder.Property(f => f.SubmittedByUserId).HasMaxLength(450);
        builder.HasOne<Fair>().WithMany().HasForeignKey(f => f.FairId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(f => f.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_EmployerFeedback_Satisfaction", "\"Satisfaction\" BETWEEN 1 AND 5"));
    }
}
