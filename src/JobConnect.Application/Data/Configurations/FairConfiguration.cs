using JobConnect.Domain.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class FairConfiguration : IEntityTypeConfiguration<Fair>
{
    public void Configure(EntityTypeBuilder<Fair> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Venue).HasMaxLength(200);
        builder.Property(f => f.VenueAddress).HasMaxLength(300);
        builder.ComplexProperty(f => f.MatchWeights);
        builder.Property(f => f.ReminderDays).HasMaxLength(40).HasDefaultValue(Fair.DefaultReminderDays);
        builder.HasMany(f => f.Phases).WithOne(p => p.Fair).HasForeignKey(p => p.FairId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Booths).WithOne(b => b.Fair).HasForeignKey(b => b.FairId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FairPhaseConfiguration : IEntityTypeConfiguration<FairPhase>
{
    public void Configure(EntityTypeBuilder<FairPhase> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FairPhase.NameMaxLength);
        builder.HasIndex(p => new { p.FairId, p.Name }).IsUnique();
        builder.OwnsMany(p => p.Breaks, b => b.ToJson());
        builder.Ignore(p => p.SeatsLeft);
        // Identifiers in ANSI double quotes: PostgreSQL folds bare names to lower case; SQLite and SQL Server accept the quotes.
        builder.ToTable(t => t.HasCheckConstraint("CK_FairPhases_Seats", "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"SeatCapacity\""));
    }
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> builder)
    {
        builder.Property(b => b.Label).HasMaxLength(20);
        builder.HasIndex(b => new { b.FairId, b.EmployerId }).IsUnique();
        builder.HasIndex(b => new { b.FairId, b.Label }).IsUnique();
        builder.HasOne(b => b.Employer).WithMany().HasForeignKey(b => b.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Booths_Tables", "\"Tables\" BETWEEN 1 AND 20"));
    }
}
