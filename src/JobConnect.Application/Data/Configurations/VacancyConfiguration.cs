using JobConnect.Domain.Fairs;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.KldbCode).HasMaxLength(5).IsFixedLength();
        builder.Property(v => v.Postcode).HasMaxLength(5);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.OwnsMany(v => v.Skills, s => s.ToJson());
        builder.HasOne(v => v.Employer).WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Fair>().WithMany().HasForeignKey(v => v.FairId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(v => new { v.FairId, v.EmployerId, v.Status });
        builder.HasIndex(v => v.KldbCode);
        builder.Ignore(v => v.MustHaveSkills);
        builder.Ignore(v => v.NiceToHaveSkills);
        builder.ToTable(t => t.HasCheckConstraint("CK_Vacancies_Openings", "\"Openings\" >= 1"));
    }
}
