using JobConnect.Domain.Matching.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobConnect.Application.Data.Configurations;

internal sealed class SkillVocabularyChangeConfiguration : IEntityTypeConfiguration<SkillVocabularyChange>
{
    public void Configure(EntityTypeBuilder<SkillVocabularyChange> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Wording).HasMaxLength(100);
        builder.Property(c => c.Into).HasMaxLength(100);
        builder.Property(c => c.CreatedBy).HasMaxLength(450);
    }
}
