using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Table <c>plan_files</c>: the original .docx bytes, keyed by version.</summary>
internal sealed class PlanFileConfiguration : IEntityTypeConfiguration<PlanFile>
{
    public void Configure(EntityTypeBuilder<PlanFile> file)
    {
        file.ToTable("plan_files");
        file.HasKey(f => f.PlanVersionId);
        file.Property(f => f.PlanVersionId).ValueGeneratedNever();
        file.Property(f => f.Content).IsRequired();
    }
}
