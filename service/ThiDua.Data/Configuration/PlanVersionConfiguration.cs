using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>
/// Table <c>plan_versions</c>: unique content hash (idempotent re-submission) and unique (plan, number) (two concurrent
/// revisions cannot both become version n); the superseding link; the original file in <c>plan_files</c>.
/// </summary>
internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> version)
    {
        version.ToTable("plan_versions");
        version.Property(v => v.ContentHash).IsRequired().HasMaxLength(64).IsFixedLength();
        version.HasIndex(v => v.ContentHash).IsUnique();
        version.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        version.HasOne(v => v.SupersededBy).WithMany().HasForeignKey(v => v.SupersededById).OnDelete(DeleteBehavior.Restrict);
        version.HasOne(v => v.File).WithOne().HasForeignKey<PlanFile>(f => f.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        version.HasMany(v => v.Kpis).WithOne(k => k.PlanVersion).HasForeignKey(k => k.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
