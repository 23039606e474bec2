using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class InvitationResponseConfiguration : IEntityTypeConfiguration<InvitationResponse>
{
    public void Configure(EntityTypeBuilder<InvitationResponse> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasOne(r => r.Invitation).WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.InvitationId);
    }
}
