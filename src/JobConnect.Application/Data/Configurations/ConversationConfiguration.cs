using JobConnect.Domain.Conversations;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        // The two scheduling invariants, guarded by the database too.
        builder.HasIndex(c => new { c.InvitationId, c.SlotStart }).IsUnique();
        builder.HasIndex(c => new { c.BoothId, c.TableNumber, c.SlotStart }).IsUnique();
        builder.HasOne(c => c.Invitation).WithMany().HasForeignKey(c => c.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Booth).WithMany().HasForeignKey(c => c.BoothId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(c => c.VacancyId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsOne(c => c.Outcome, o =>
        {
            o.Property(x => x.Note).HasMaxLength(1000);
            o.Property(x => x.RecordedByUserId).HasMaxLength(450);
            o.Property(x => x.AppointmentPlace).HasMaxLength(300);
            o.Property(x => x.AppointmentContact).HasMaxLength(300);
        });
    }
}

internal sealed class OutcomeSubmissionConfiguration : IEntityTypeConfiguration<OutcomeSubmission>
{
    public void Configure(EntityTypeBuilder<OutcomeSubmission> builder)
    {
        // The key is chosen by the client; never generated here.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Conversation>().WithMany().HasForeignKey(s => s.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
