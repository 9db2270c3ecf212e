using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Table <c>plans</c>: one row per unit and year (unique), the guard against two concurrent first submissions.</summary>
internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.ToTable("plans");
        plan.HasIndex(p => new { p.UnitId, p.Year }).IsUnique();
        plan.HasIndex(p => p.Year);
        plan.HasMany(p => p.Versions).WithOne(v => v.Plan).HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
