using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>
/// Table <c>units</c>: unique <see cref="IssuingUnit.Key"/>; usual recipients as a primitive collection; the drafting unit
/// nullable, at most <see cref="Units.UnitProfiles.MaxDraftingUnit"/> characters.
/// </summary>
internal sealed class IssuingUnitConfiguration : IEntityTypeConfiguration<IssuingUnit>
{
    public void Configure(EntityTypeBuilder<IssuingUnit> unit)
    {
        unit.ToTable("units");
        unit.HasIndex(u => u.Key).IsUnique();
        unit.Property(u => u.Name).IsRequired();
        unit.Property(u => u.Key).IsRequired();
        unit.PrimitiveCollection(u => u.Recipients);
        unit.Property(u => u.DraftingUnit).HasMaxLength(Units.UnitProfiles.MaxDraftingUnit);
        unit.HasMany(u => u.Plans).WithOne(p => p.Unit).HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
