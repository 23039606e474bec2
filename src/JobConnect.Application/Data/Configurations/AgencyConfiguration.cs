using JobConnect.Domain.Agencies;
using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Street).HasMaxLength(200);
        builder.Property(a => a.Postcode).HasMaxLength(5);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.Property(a => a.LetterParagraph).HasMaxLength(4000);
        builder.Property(a => a.LetterParagraphInformal).HasMaxLength(4000);
        builder.HasMany(a => a.Quotas).WithOne().HasForeignKey(q => q.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}

internal sealed class AgencyLetterTextConfiguration : IEntityTypeConfiguration<AgencyLetterText>
{
    public void Configure(EntityTypeBuilder<AgencyLetterText> builder)
    {
        builder.Property(t => t.Formal).HasMaxLength(4000);
        builder.Property(t => t.Informal).HasMaxLength(4000);
        builder.Property(t => t.ChangedByUserId).HasMaxLength(450);
        builder.HasIndex(t => new { t.AgencyId, t.Version }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyQuotaConfiguration : IEntityTypeConfiguration<AgencyQuota>
{
    public void Configure(EntityTypeBuilder<AgencyQuota> builder)
    {
        builder.HasIndex(q => new { q.AgencyId, q.FairPhaseId }).IsUnique();
        builder.HasOne<FairPhase>().WithMany().HasForeignKey(q => q.FairPhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_AgencyQuotas_Seats", "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"Seats\""));
    }
}
