using JobConnect.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(60);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
