using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class LetterDispatchConfiguration : IEntityTypeConfiguration<LetterDispatch>
{
    public void Configure(EntityTypeBuilder<LetterDispatch> builder)
    {
        builder.Property(d => d.IssuedByUserId).HasMaxLength(450);
        builder.Property(d => d.UndoneByUserId).HasMaxLength(450);
        builder.Property(d => d.PageTokenHash).HasMaxLength(64);
        builder.HasOne(d => d.Invitation).WithMany().HasForeignKey(d => d.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.InvitationId, d.Kind });
        builder.HasIndex(d => d.BatchId);
        // A personal link opens exactly one letter's invitation.
        builder.HasIndex(d => d.PageTokenHash).IsUnique();
        // Each reminder goes out once per person, even when the hourly run and an organizer's click meet.
        builder.HasIndex(d => new { d.InvitationId, d.ReminderDaysBefore }).IsUnique();
        builder.Ignore(d => d.IsUndone);
    }
}
