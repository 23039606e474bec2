using JobConnect.Domain.Employers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Industry).HasMaxLength(100);
        builder.Property(e => e.Street).HasMaxLength(200);
        builder.Property(e => e.Postcode).HasMaxLength(5);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Website).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.RegistrationEmail).HasMaxLength(254);
        builder.Property(e => e.DeclineReason).HasMaxLength(1000);
        builder.HasIndex(e => e.Name);
        builder.HasMany(e => e.ContactPersons).WithOne().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(50);
    }
}
