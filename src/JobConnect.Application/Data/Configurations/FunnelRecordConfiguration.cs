using JobConnect.Domain.Fairs;
using JobConnect.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

/// <summary>The anonymous statistics of a fair: no key to a person, an invitation or a user.</summary>
internal sealed class FunnelRecordConfiguration : IEntityTypeConfiguration<FunnelRecord>
{
    public void Configure(EntityTypeBuilder<FunnelRecord> builder)
    {
        builder.HasIndex(r => r.FairId);
        builder.Property(r => r.AgencyName).HasMaxLength(200);
        builder.HasOne<Fair>().WithMany().HasForeignKey(r => r.FairId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(r => r.Talks, t =>
        {
            t.ToJson();
            t.Property(x => x.EmployerName).HasMaxLength(200);
            t.Property(x => x.VacancyTitle).HasMaxLength(200);
        });
    }
}

internal sealed class FrozenStatisticsConfiguration : IEntityTypeConfiguration<FrozenStatistics>
{
    public void Configure(EntityTypeBuilder<FrozenStatistics> builder)
    {
        builder.HasKey(s => s.FairId);
        builder.Property(s => s.FairId).ValueGeneratedNever();
        builder.HasOne<Fair>().WithMany().HasForeignKey(s => s.FairId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.Coverage);
    }
}
