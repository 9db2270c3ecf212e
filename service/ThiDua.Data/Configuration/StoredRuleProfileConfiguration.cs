using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Table <c>rule_profiles</c>: unique name, unique scope key (one profile per province, district or unit); a unit's profile goes with the unit.</summary>
internal sealed class StoredRuleProfileConfiguration : IEntityTypeConfiguration<StoredRuleProfile>
{
    public void Configure(EntityTypeBuilder<StoredRuleProfile> profile)
    {
        profile.ToTable("rule_profiles");
        profile.HasIndex(p => p.Name).IsUnique();
        profile.HasIndex(p => p.ScopeKey).IsUnique();
        profile.Property(p => p.Name).IsRequired().HasMaxLength(64);
        profile.Property(p => p.Title).IsRequired().HasMaxLength(200);
        profile.Property(p => p.Scope).IsRequired().HasMaxLength(16);
        profile.Property(p => p.Province).IsRequired().HasMaxLength(100);
        profile.Property(p => p.District).IsRequired().HasMaxLength(100);
        profile.Property(p => p.ScopeKey).HasMaxLength(250);
        profile.Property(p => p.Document).IsRequired();
        profile.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
