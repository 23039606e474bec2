using JobConnect.Domain.Agencies;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.IssuedByUserId).HasMaxLength(450);
        builder.Property(i => i.CheckInCode).HasMaxLength(12);
        builder.Property(i => i.CancelReason).HasMaxLength(500);
        builder.Property(i => i.CheckedInByUserId).HasMaxLength(450);
        builder.Property(i => i.CheckInDesk).HasMaxLength(40);
        // One invitation per person and fair; the code identifies a person at the entrance.
        builder.HasIndex(i => new { i.FairId, i.JobseekerId }).IsUnique();
        builder.HasIndex(i => new { i.FairId, i.CheckInCode }).IsUnique();
        builder.HasIndex(i => new { i.FairPhaseId, i.AgencyId });
        builder.HasOne(i => i.FairPhase).WithMany().HasForeignKey(i => i.FairPhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Fair>().WithMany().HasForeignKey(i => i.FairId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(i => i.Jobseeker).WithMany().HasForeignKey(i => i.JobseekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsMany(i => i.History, h => h.ToJson());
        builder.Ignore(i => i.HoldsSeat);
        builder.Ignore(i => i.IsCheckedIn);
        builder.Ignore(i => i.IsExpected);
        builder.Ignore(i => i.NeedsChangeNotice);
    }
}
