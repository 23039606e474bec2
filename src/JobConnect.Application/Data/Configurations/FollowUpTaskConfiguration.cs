using JobConnect.Domain.Agencies;
using JobConnect.Domain.Employers;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        // One task per client and milestone, even when two caseworkers open the list at once.
        builder.HasIndex(t => new { t.InvitationId, t.WeeksAfterFair }).IsUnique();
        builder.HasIndex(t => new { t.AgencyId, t.DueOn });
        builder.Property(t => t.CompletedByUserId).HasMaxLength(450);
        builder.Property(t => t.Note).HasMaxLength(500);
        builder.HasOne<Invitation>().WithMany().HasForeignKey(t => t.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Employer>().WithMany().HasForeignKey(t => t.ContractEmployerId).OnDelete(DeleteBehavior.NoAction);
        builder.Ignore(t => t.IsDone);
    }
}
